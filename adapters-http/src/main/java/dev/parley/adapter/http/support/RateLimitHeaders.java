package dev.parley.adapter.http.support;

import dev.parley.domain.identity.RateWindow.RateDecision;
import dev.parley.domain.identity.RateWindow.RatePolicy;
import io.javalin.http.Context;

/** The IETF draft's {@code RateLimit-Policy}/{@code RateLimit} headers and Laravel's {@code X-RateLimit-*}. */
final class RateLimitHeaders {
    private RateLimitHeaders() {
    }

    static void apply(Context ctx, RatePolicy policy, RateDecision decision) {
        long windowSeconds = policy.window().toSeconds();
        ctx.header("RateLimit-Policy", "\"default\";q=" + policy.limit() + ";w=" + windowSeconds);
        ctx.header("RateLimit", "\"default\";r=" + decision.remaining() + ";t=" + decision.resetSeconds());
        ctx.header("X-RateLimit-Limit", Integer.toString(policy.limit()));
        ctx.header("X-RateLimit-Remaining", Integer.toString(decision.remaining()));
    }
}
