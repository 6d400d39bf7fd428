package dev.parley.adapter.http.support;

import dev.parley.application.identity.port.in.InvalidCredentials;
import dev.parley.application.identity.port.in.SignInThrottled;
import dev.parley.domain.shared.DomainException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders every failure in the dialect of the surface the request was addressed to; nothing escapes as HTML. A failure
 * to reach the database is a 503 with {@code Retry-After}, logged in one line (at most every
 * {@link #OUTAGE_LOG_INTERVAL}), not a 500 with a stack trace per request.
 */
public final class ErrorDispatcher {
    static final String RETRY_AFTER_SECONDS = "5";
    static final Duration OUTAGE_LOG_INTERVAL = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDispatcher.class);

    private final Predicate<Throwable> databaseUnavailable;
    private final AtomicLong nextOutageLog = new AtomicLong(Long.MIN_VALUE);

    private final Map<Surface, ErrorRenderer> renderers = Map.of(
            Surface.HELPDESK, new HelpdeskErrors(),
            Surface.LIVECHAT, new LivechatErrors(),
            Surface.B2B, new B2bErrors(),
            Surface.WEB, new WebErrors());

    public ErrorDispatcher(Predicate<Throwable> databaseUnavailable) {
        this.databaseUnavailable = databaseUnavailable;
    }

    public void install(RoutesConfig routes) {
        routes.exception(HttpFailure.class, (e, ctx) -> send(ctx, e.problem()));
        routes.exception(DomainException.class, (e, ctx) -> send(ctx, Problems.of(e)));
        routes.exception(InvalidCredentials.class, (e, ctx) -> send(ctx, Problem.of(ProblemKind.UNAUTHENTICATED, e.getMessage())));
        routes.exception(SignInThrottled.class, (e, ctx) -> send(ctx, Problem.of(ProblemKind.RATE_LIMITED, e.getMessage())
                .withHeaders(Map.of("Retry-After", Long.toString(e.retryAfterSeconds())))));
        routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, fromJavalin(e)));
        routes.exception(Exception.class, (e, ctx) -> {
            if (databaseUnavailable.test(e)) {
                logOutage(ctx, e);
                send(ctx, Problem.of(ProblemKind.UNAVAILABLE, "The service is temporarily unavailable. Retry later.")
                        .withHeaders(Map.of("Retry-After", RETRY_AFTER_SECONDS)));
                return;
            }
            LOG.error("request {} {} failed [request-id {}]", ctx.method(), ctx.path(), ctx.res().getHeader(RequestIds.HEADER), e);
            send(ctx, Problem.of(ProblemKind.INTERNAL, "Unexpected server error. Retry with exponential backoff."));
        });
    }

    private void logOutage(Context ctx, Exception e) {
        long now = System.nanoTime();
        long due = nextOutageLog.get();
        if ((due == Long.MIN_VALUE || now - due >= 0) && nextOutageLog.compareAndSet(due, now + OUTAGE_LOG_INTERVAL.toNanos())) {
            LOG.warn("database unreachable, answering 503: request {} {} [request-id {}] failed with {}", ctx.method(), ctx.path(),
                    ctx.res().getHeader(RequestIds.HEADER), rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    /** Renders a problem for a request; also used for unmatched routes. */
    public void send(Context ctx, Problem problem) {
        ErrorRenderer.Rendered rendered = renderers.get(Surface.of(ctx.path())).render(problem);
        problem.headers().forEach(ctx::header);
        Responses.json(ctx, rendered.status(), rendered.body());
    }

    private static Problem fromJavalin(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 404 -> Problem.of(ProblemKind.NOT_FOUND, "Not found.");
            case 405 -> Problem.of(ProblemKind.METHOD_NOT_ALLOWED, "Method not allowed.");
            case 413 -> Problem.of(ProblemKind.PAYLOAD_TOO_LARGE, "The request body is larger than 1 MiB.");
            case 415 -> Problem.of(ProblemKind.UNSUPPORTED_MEDIA_TYPE, "Unsupported content type.");
            default -> e.getStatus() >= 500
                    ? Problem.of(ProblemKind.INTERNAL, "Unexpected server error.").withStatus(e.getStatus())
                    : Problem.of(ProblemKind.INVALID, e.getMessage()).withStatus(e.getStatus());
        };
    }
}
