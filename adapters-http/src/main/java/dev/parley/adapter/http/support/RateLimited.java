package dev.parley.adapter.http.support;

import dev.parley.domain.identity.RateWindow.RateDecision;
import java.util.Map;

/** The refusal of a rate limit: 429 in the surface's error format, with {@code Retry-After} in whole seconds. */
public final class RateLimited {
    private RateLimited() {
    }

    /** The failure to throw for a refused {@code decision}; {@code message} says which limit and when to retry. */
    public static HttpFailure refusal(RateDecision decision, String message) {
        if (decision.admitted()) {
            throw new IllegalArgumentException("an admitted request is not refused");
        }
        return new HttpFailure(Problem.of(ProblemKind.RATE_LIMITED, message)
                .withHeaders(Map.of("Retry-After", Long.toString(decision.retryAfterSeconds()))));
    }
}
