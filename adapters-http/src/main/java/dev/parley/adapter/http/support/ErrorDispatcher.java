package dev.parley.adapter.http.support;

import dev.parley.application.identity.port.in.InvalidCredentials;
import dev.parley.application.identity.port.in.SignInThrottled;
import dev.parley.domain.shared.DomainException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Renders every failure in the dialect of the surface the request was addressed to; nothing escapes as HTML. */
public final class ErrorDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(ErrorDispatcher.class);

    private final Map<Surface, ErrorRenderer> renderers = Map.of(
            Surface.HELPDESK, new HelpdeskErrors(),
            Surface.LIVECHAT, new LivechatErrors(),
            Surface.B2B, new B2bErrors(),
            Surface.WEB, new WebErrors());

    public void install(RoutesConfig routes) {
        routes.exception(HttpFailure.class, (e, ctx) -> send(ctx, e.problem()));
        routes.exception(DomainException.class, (e, ctx) -> send(ctx, Problems.of(e)));
        routes.exception(InvalidCredentials.class, (e, ctx) -> send(ctx, Problem.of(ProblemKind.UNAUTHENTICATED, e.getMessage())));
        routes.exception(SignInThrottled.class, (e, ctx) -> send(ctx, Problem.of(ProblemKind.RATE_LIMITED, e.getMessage())
                .withHeaders(Map.of("Retry-After", Long.toString(e.retryAfterSeconds())))));
        routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, fromJavalin(e)));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("request {} {} failed [request-id {}]", ctx.method(), ctx.path(), ctx.res().getHeader(RequestIds.HEADER), e);
            send(ctx, Problem.of(ProblemKind.INTERNAL, "Unexpected server error. Retry with exponential backoff."));
        });
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
