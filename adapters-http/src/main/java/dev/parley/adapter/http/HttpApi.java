package dev.parley.adapter.http;

import dev.parley.adapter.http.b2b.AuthRoutes;
import dev.parley.adapter.http.b2b.CourseRoutes;
import dev.parley.adapter.http.b2b.ExportRoutes;
import dev.parley.adapter.http.b2b.InsightRoutes;
import dev.parley.adapter.http.b2b.LeaderboardRoutes;
import dev.parley.adapter.http.b2b.LessonRoutes;
import dev.parley.adapter.http.b2b.LearnerReportRoutes;
import dev.parley.adapter.http.b2b.ProgressRoutes;
import dev.parley.adapter.http.b2b.PublicCourseRoutes;
import dev.parley.adapter.http.b2b.StatsRoutes;
import dev.parley.adapter.http.b2b.TokenRoutes;
import dev.parley.adapter.http.b2b.TrainingItemRoutes;
import dev.parley.adapter.http.b2b.TrainingRoutes;
import dev.parley.adapter.http.b2b.WebhookDeliveryRoutes;
import dev.parley.adapter.http.b2b.WebhookRoutes;
import dev.parley.adapter.http.helpdesk.TicketRoutes;
import dev.parley.adapter.http.livechat.MessageRoutes;
import dev.parley.adapter.http.livechat.PollRoutes;
import dev.parley.adapter.http.livechat.RoomRoutes;
import dev.parley.adapter.http.support.ErrorDispatcher;
import dev.parley.adapter.http.support.HttpFailure;
import dev.parley.adapter.http.support.Idempotency;
import dev.parley.adapter.http.support.ProblemKind;
import dev.parley.adapter.http.support.RequestGuard;
import dev.parley.adapter.http.support.RequestIds;
import dev.parley.adapter.http.web.HttpMetrics;
import dev.parley.adapter.http.web.SystemRoutes;
import dev.parley.domain.identity.RateWindow.RatePolicy;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** Assembles the Javalin server: every surface's routes behind one guard and one error dispatcher. */
public final class HttpApi {
    public static final long MAX_BODY_BYTES = 1024 * 1024;
    public static final RatePolicy ANONYMOUS_POLICY = RatePolicy.perMinute(300);

    private HttpApi() {
    }

    public static Javalin create(HttpDependencies deps) {
        ErrorDispatcher errors = new ErrorDispatcher(deps.databaseUnavailable());
        HttpMetrics metrics = new HttpMetrics();
        RequestGuard guard = new RequestGuard(deps.authenticate(), deps.throttle(), ANONYMOUS_POLICY);
        Idempotency idempotency = new Idempotency(deps.idempotencyRecords(), deps.transactions(), deps.clock());
        Idempotency sealedIdempotency = idempotency.sealingWith(deps.integrations().secrets());
        return Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            config.http.defaultContentType = "application/json";
            config.routes.before(ctx -> {
                metrics.start(ctx);
                RequestIds.assign(ctx);
                ctx.header("X-Content-Type-Options", "nosniff");
                ctx.header("Cache-Control", "no-store");
                rejectOversizedBody(ctx);
            });
            config.routes.beforeMatched(guard::guard);
            config.routes.after(metrics::finish);
            errors.install(config.routes);
            new SystemRoutes(deps.databaseReachable(), metrics).register(config.routes);
            new TicketRoutes(deps.ticketQueries(), deps.openTicket(), deps.updateTicket(), deps.postAgentMessage(), idempotency)
                    .register(config.routes);
            new AuthRoutes(deps.signIn(), deps.currentUser(), deps.tokenManagement(), deps.userSettings(), deps.learning().calendar(),
                    deps.transactions()).register(config.routes);
            new TokenRoutes(deps.issueToken(), deps.tokenManagement(), sealedIdempotency).register(config.routes);
            new RoomRoutes(deps.rooms(), deps.roomQueries(), sealedIdempotency).register(config.routes);
            new MessageRoutes(deps.chat(), idempotency).register(config.routes);
            new PollRoutes(deps.polls(), idempotency).register(config.routes);
            registerLearning(config.routes, deps, idempotency);
            new WebhookRoutes(deps.integrations().webhooks(), deps.integrations().webhookQueries(), sealedIdempotency)
                    .register(config.routes);
            new WebhookDeliveryRoutes(deps.integrations().webhookDeliveries(), deps.integrations().webhookQueries(), deps.throttle(),
                    idempotency).register(config.routes);
            new ExportRoutes(deps.exports(), idempotency).register(config.routes);
        });
    }

    private static void registerLearning(RoutesConfig routes, HttpDependencies deps, Idempotency idempotency) {
        LearningPorts learning = deps.learning();
        new PublicCourseRoutes(deps.organizations(), learning.catalog()).register(routes);
        new CourseRoutes(learning.courses(), learning.courseQueries(), idempotency).register(routes);
        new LessonRoutes(learning.lessons(), learning.lessonQueries(), idempotency).register(routes);
        new TrainingRoutes(learning.trainings(), learning.trainingQueries(), idempotency).register(routes);
        new TrainingItemRoutes(learning.trainingItems(), learning.trainingItemQueries(), idempotency).register(routes);
        new ProgressRoutes(learning.attempts(), learning.lessonProgress(), idempotency).register(routes);
        new LearnerReportRoutes(learning.gamification(), learning.progressHistory(), learning.cefrReport()).register(routes);
        new InsightRoutes(learning.insights()).register(routes);
        new LeaderboardRoutes(learning.leaderboard()).register(routes);
        new StatsRoutes(learning.stats()).register(routes);
    }

    private static void rejectOversizedBody(Context ctx) {
        long length = ctx.contentLength();
        if (length > MAX_BODY_BYTES) {
            throw HttpFailure.of(ProblemKind.PAYLOAD_TOO_LARGE, "The request body is larger than 1 MiB.");
        }
    }
}
