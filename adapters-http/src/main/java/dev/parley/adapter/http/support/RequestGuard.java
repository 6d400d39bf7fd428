package dev.parley.adapter.http.support;

import dev.parley.application.identity.port.in.AuthenticateUseCase;
import dev.parley.application.identity.port.in.Caller;
import dev.parley.application.identity.port.in.ThrottleUseCase;
import dev.parley.domain.identity.RateWindow.RateDecision;
import dev.parley.domain.identity.RateWindow.RatePolicy;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.util.Optional;

/**
 * Runs before every matched API route: authenticates the bearer token (401), counts the request against the
 * token's rolling window (429), then checks the route's ability (403). Routes without a token are counted per
 * client address. Every API response carries the window's headers.
 */
public final class RequestGuard {
    private static final String BEARER = "Bearer ";

    private final AuthenticateUseCase authentication;
    private final ThrottleUseCase throttle;
    private final RatePolicy anonymousPolicy;

    public RequestGuard(AuthenticateUseCase authentication, ThrottleUseCase throttle, RatePolicy anonymousPolicy) {
        this.authentication = authentication;
        this.throttle = throttle;
        this.anonymousPolicy = anonymousPolicy;
    }

    public void guard(Context ctx) {
        if (!Surface.of(ctx.path()).isApi()) {
            return;
        }
        Optional<Requires> requirement = requirement(ctx);
        if (requirement.isEmpty()) {
            limit(ctx, "address:" + ctx.ip(), anonymousPolicy);
            return;
        }
        Optional<Caller> caller = bearer(ctx).flatMap(authentication::authenticate);
        if (caller.isEmpty()) {
            limit(ctx, "address:" + ctx.ip(), anonymousPolicy);
            throw HttpFailure.of(ProblemKind.UNAUTHENTICATED,
                    Surface.of(ctx.path()) == Surface.B2B ? "Unauthenticated." : "Missing or invalid API key.");
        }
        limit(ctx, "token:" + caller.get().tokenId().value(), RatePolicy.perMinute(caller.get().rateLimitPerMinute()));
        requirement.get().ability().filter(ability -> !caller.get().can(ability)).ifPresent(ability -> {
            throw HttpFailure.of(ProblemKind.FORBIDDEN, "This API key lacks the " + ability.wireName() + " ability.");
        });
        CallerContext.set(ctx, caller.get());
    }

    private void limit(Context ctx, String key, RatePolicy policy) {
        RateDecision decision = throttle.admit(key, policy);
        RateLimitHeaders.apply(ctx, policy, decision);
        if (!decision.admitted()) {
            throw RateLimited.refusal(decision, "Rate limit exceeded. Retry in " + decision.retryAfterSeconds() + " seconds.");
        }
    }

    private static Optional<Requires> requirement(Context ctx) {
        for (RouteRole role : ctx.routeRoles()) {
            if (role instanceof Requires requires) {
                return Optional.of(requires);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        return Optional.of(header.substring(BEARER.length()).strip());
    }
}
