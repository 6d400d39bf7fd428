package dev.parley.bootstrap;

import dev.parley.adapter.http.HttpApi;
import dev.parley.adapter.http.HttpDependencies;
import dev.parley.adapter.http.IntegrationPorts;
import dev.parley.adapter.http.LearningPorts;
import dev.parley.adapter.http.SurfaceEventPresentation;
import dev.parley.adapter.http.livechat.NoViewersYet;
import dev.parley.adapter.outbound.crypto.Argon2PasswordHasher;
import dev.parley.adapter.persistence.PersistenceModule;
import dev.parley.adapter.persistence.export.FileSystemExportFileStore;
import dev.parley.application.export.ExportFileHousekeeping;
import dev.parley.application.export.ExportService;
import dev.parley.application.helpdesk.HelpdeskService;
import dev.parley.application.identity.AdministrationService;
import dev.parley.application.identity.AuthenticationService;
import dev.parley.application.identity.SignInService;
import dev.parley.application.identity.ThrottleService;
import dev.parley.application.identity.TokenService;
import dev.parley.application.learning.AttemptService;
import dev.parley.application.learning.CatalogService;
import dev.parley.application.learning.CefrReportService;
import dev.parley.application.learning.CourseService;
import dev.parley.application.learning.GamificationService;
import dev.parley.application.learning.LeaderboardService;
import dev.parley.application.learning.LearnerCalendarService;
import dev.parley.application.learning.LearningInsightsService;
import dev.parley.application.learning.LearningProgressPorts;
import dev.parley.application.learning.LearningStatsService;
import dev.parley.application.learning.LessonProgressService;
import dev.parley.application.learning.LessonService;
import dev.parley.application.learning.ProgressHistoryService;
import dev.parley.application.learning.TrainingItemService;
import dev.parley.application.learning.TrainingService;
import dev.parley.application.livechat.ChatService;
import dev.parley.application.livechat.PollService;
import dev.parley.application.livechat.RoomService;
import dev.parley.application.shared.RetentionPurge;
import dev.parley.application.shared.port.in.Housekeeping;
import dev.parley.application.shared.port.out.WorkSignal;
import dev.parley.application.webhook.DeliveryHandOff;
import dev.parley.application.webhook.DeliveryWorker;
import dev.parley.application.webhook.SigningSecrets;
import dev.parley.application.webhook.WebhookDeliveriesService;
import dev.parley.application.webhook.WebhookDispatcher;
import dev.parley.application.webhook.WebhookService;
import dev.parley.application.webhook.port.out.DeliveryAnnouncements;
import dev.parley.application.webhook.port.out.WebhookTransport;
import dev.parley.domain.shared.Retention;
import io.javalin.Javalin;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Builds the object graph by hand: adapters in, services over them, the HTTP server on top. */
public final class Wiring {
    private final PersistenceModule persistence;
    private final Clock clock;
    private final SecureRandomIds ids = new SecureRandomIds();
    private final AdministrationService administration;
    private final TokenService tokens;
    private final AuthenticationService authentication;
    private final SignInService signIn;
    private final ThrottleService throttle;
    private final HelpdeskService helpdesk;
    private final RoomService rooms;
    private final ChatService chat;
    private final PollService polls;
    private final LearningPorts learning;
    private final ExportService exports;
    private final FileSystemExportFileStore exportFiles;
    private final Duration exportLease;

    /** The wiring of an admin command, with exports kept where {@code PARLEY_DATA_DIR} says. */
    public Wiring(PersistenceModule persistence, Clock clock) {
        this(persistence, clock, Config.fromEnvironment(System.getenv()).dataDir());
    }

    /** The wiring of a server whose export files live under {@code dataDir/exports}. */
    public Wiring(PersistenceModule persistence, Clock clock, Path dataDir) {
        this(persistence, clock, dataDir, ExportService.LEASE);
    }

    /** The wiring of a server whose export files live under {@code dataDir/exports}, its export runs leased for {@code exportLease}. */
    public Wiring(PersistenceModule persistence, Clock clock, Path dataDir, Duration exportLease) {
        this.persistence = persistence;
        this.clock = clock;
        Argon2PasswordHasher hasher = new Argon2PasswordHasher();
        this.administration = new AdministrationService(persistence.organizations(), persistence.users(), hasher, ids, clock);
        this.tokens = new TokenService(persistence.tokens(), persistence.users(), ids, ids, clock);
        this.authentication = new AuthenticationService(persistence.tokens(), persistence.users(), clock);
        this.signIn = new SignInService(persistence.users(), hasher, persistence.rateWindows(), tokens, clock);
        this.throttle = new ThrottleService(persistence.rateWindows(), clock);
        this.helpdesk = new HelpdeskService(persistence.tickets(), persistence.agents(), persistence.transactions(),
                persistence.outbox(), ids, clock);
        this.rooms = new RoomService(persistence.rooms(), persistence.chatMessages(), new NoViewersYet(),
                persistence.transactions(), persistence.outbox(), ids, ids, clock);
        this.chat = new ChatService(persistence.rooms(), persistence.chatMessages(), persistence.transactions(),
                persistence.outbox(), ids, clock);
        this.polls = new PollService(persistence.rooms(), persistence.polls(), persistence.votes(), persistence.transactions(),
                persistence.outbox(), ids, clock);
        this.learning = learning(persistence, ids, clock);
        this.exportFiles = new FileSystemExportFileStore(dataDir.resolve("exports"));
        this.exportLease = exportLease;
        this.exports = new ExportService(persistence.exportJobs(), persistence.exportRows(), exportFiles, persistence.transactions(),
                persistence.outbox(), ids, clock, exportLease);
    }

    private static LearningPorts learning(PersistenceModule persistence, SecureRandomIds ids, Clock clock) {
        CourseService courses = new CourseService(persistence.courses(), persistence.lessons(), persistence.trainings(),
                persistence.trainingItems(), persistence.transactions(), ids, clock);
        LessonService lessons = new LessonService(persistence.courses(), persistence.lessons(), persistence.transactions(), ids, clock);
        TrainingService trainings = new TrainingService(persistence.lessons(), persistence.trainings(), persistence.trainingItems(),
                persistence.transactions(), ids, clock);
        TrainingItemService items = new TrainingItemService(persistence.trainings(), persistence.trainingItems(),
                persistence.transactions(), ids, clock);
        LearningProgressPorts progress = new LearningProgressPorts(persistence.learners(), persistence.courseOutlines(),
                persistence.attempts(), persistence.learnerActivity(), persistence.completions(), persistence.achievements());
        return new LearningPorts(courses, courses, new CatalogService(persistence.courses(), persistence.lessons()), lessons, lessons,
                trainings, trainings, items, items,
                new AttemptService(progress, persistence.trainingItems(), persistence.transactions(), persistence.outbox(), ids, clock),
                new LessonProgressService(progress, persistence.courses()),
                new LearnerCalendarService(progress, persistence.transactions()),
                new GamificationService(progress, clock),
                new ProgressHistoryService(progress, clock),
                new CefrReportService(progress),
                new LearningInsightsService(progress, persistence.learnerInsights(), persistence.lessons(), clock),
                new LeaderboardService(progress, persistence.leaderboards(), clock),
                new LearningStatsService(persistence.learningStats(), clock));
    }

    /** The system clock, ticking in microseconds so instants survive PostgreSQL unchanged. */
    public static Clock systemClock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1000));
    }

    /**
     * The HTTP server; its integrations seal secrets and judge tenants' URLs as the operator's {@code outbound} settings
     * say, and send test pings through {@code transport}, the client the delivery workers use.
     */
    public Javalin http(OutboundSettings outbound, WebhookTransport transport) {
        WebhookService webhooks = webhooks(outbound);
        WebhookDeliveriesService deliveries = new WebhookDeliveriesService(persistence.deliveries(), persistence.webhooks(),
                new SigningSecrets(outbound.secrets()), transport, persistence.transactions(), ids, clock);
        return HttpApi.create(new HttpDependencies(authentication, throttle, signIn, administration, administration, administration, tokens,
                tokens,
                helpdesk, helpdesk, helpdesk, helpdesk, rooms, rooms, chat, polls, learning, persistence.idempotency(),
                persistence.transactions(), clock, persistence::isReachable, PersistenceModule::isConnectionFailure,
                new IntegrationPorts(webhooks, webhooks, deliveries, outbound.secrets()), exports));
    }

    private WebhookService webhooks(OutboundSettings outbound) {
        return new WebhookService(persistence.webhooks(), persistence.transactions(), outbound.secrets(), ids, ids, outbound.policy(),
                clock);
    }

    /**
     * Webhook delivery in the background: a dispatcher and {@code settings.workers()} delivery workers posting through
     * {@code transport}, woken by {@code signal}, claiming again at once when {@code announcements} count new claimable
     * deliveries; the caller closes them.
     */
    WebhookWorkers webhookWorkers(OutboundSettings outbound, WebhookSettings settings, WebhookTransport transport, WorkSignal signal,
                                  DeliveryAnnouncements announcements) {
        String instance = WebhookWorkers.newInstanceName();
        DeliveryHandOff handOff = DeliveryHandOff.forWorkers(instance + "/hand-off", settings.workers(), signal::wake);
        WebhookDispatcher dispatcher = new WebhookDispatcher(persistence.outboxReader(), persistence.webhooks(), persistence.deliveries(),
                SurfaceEventPresentation.standard(), persistence.transactions(), ids, clock, handOff);
        DeliveryWorker worker = new DeliveryWorker(persistence.deliveries(), persistence.webhooks(), new SigningSecrets(outbound.secrets()),
                transport, persistence.transactions(), settings.retries(), new RandomJitter(), clock, handOff, announcements);
        return new WebhookWorkers(instance, dispatcher, worker, signal, settings.workers(), PersistenceModule::isConnectionFailure);
    }

    /** Every store's housekeeping, with what the retention policy calls old. */
    List<Housekeeping> housekeeping() {
        return List.of(
                new RetentionPurge("published outbox events", Retention.PUBLISHED_EVENTS, persistence.outboxPurge()::deletePublishedUpTo, clock),
                new RetentionPurge("finished webhook deliveries", Retention.FINISHED_DELIVERIES,
                        persistence.deliveryPurge()::deleteFinishedUpTo, clock),
                new RetentionPurge("expired idempotency keys", Retention.IDEMPOTENCY_KEYS, persistence.idempotencyPurge()::deleteCreatedUpTo,
                        clock),
                new RetentionPurge("idle rate-limit windows", Retention.IDLE_RATE_WINDOWS, persistence.rateWindowPurge()::deleteIdleUpTo, clock),
                new ExportFileHousekeeping(persistence.exportJobs(), exportFiles, exportLease, clock));
    }

    public AdministrationService administration() {
        return administration;
    }

    public TokenService tokens() {
        return tokens;
    }

    public PollService polls() {
        return polls;
    }

    public ExportService exports() {
        return exports;
    }
}
