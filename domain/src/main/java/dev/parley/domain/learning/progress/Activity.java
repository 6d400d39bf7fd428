package dev.parley.domain.learning.progress;

import dev.parley.domain.shared.InvalidInput;
import java.time.Instant;

/** What one attempt adds to a learner's totals: when, the XP it earned, the time it took, and whether it was right and completed its item. */
public record Activity(Instant at, int xp, long durationMs, boolean correct, boolean completedItem) {
    public Activity {
        InvalidInput.required("at", at);
        if (xp < 0 || xp > AttemptFact.MAX_XP) {
            throw new InvalidInput("xp_awarded", "must be 0-" + AttemptFact.MAX_XP);
        }
        if (durationMs < 0 || durationMs > AttemptFact.MAX_DURATION_MS) {
            throw new InvalidInput("duration_ms", "must be 0-" + AttemptFact.MAX_DURATION_MS);
        }
    }
}
