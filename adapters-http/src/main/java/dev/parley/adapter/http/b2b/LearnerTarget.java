package dev.parley.adapter.http.b2b;

import dev.parley.adapter.http.support.CallerContext;
import dev.parley.application.identity.port.in.Caller;
import dev.parley.domain.identity.Ability;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.shared.Forbidden;
import dev.parley.domain.shared.InvalidInput;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * Whose progress a b2b request is about: the caller's own user, or with {@code stats:read} any person of the
 * organization named by {@code user_id} (a person of another organization is then not found by the use case).
 */
final class LearnerTarget {
    static final String USER_ID = "user_id";

    private LearnerTarget() {
    }

    /** The caller's own user, who an attempt is recorded for; a token that belongs to no user may not make one. */
    static LearnerId self(Context ctx) {
        return own(CallerContext.caller(ctx)).orElseThrow(() -> new Forbidden("attempt.user_required",
                "Attempts are recorded for a user, and this token belongs to no user."));
    }

    /**
     * The learner named by {@code user_id}, or the caller's own user without it. Naming anyone but oneself needs
     * {@code stats:read}; a token without a user must name someone.
     */
    static LearnerId subject(Context ctx) {
        Caller caller = CallerContext.caller(ctx);
        Optional<LearnerId> named = B2bRequests.queryId(ctx, USER_ID).map(LearnerId::new);
        if (named.isEmpty()) {
            return own(caller).orElseThrow(() -> new InvalidInput(USER_ID, "is required for a token that belongs to no user"));
        }
        if (!named.equals(own(caller)) && !caller.can(Ability.STATS_READ)) {
            throw new Forbidden("progress.stats_read_required", "Another user's progress needs the stats:read ability.");
        }
        return named.get();
    }

    private static Optional<LearnerId> own(Caller caller) {
        return caller.userId().map(UserId::value).map(LearnerId::new);
    }
}
