package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.shared.InvalidInput;
import java.time.Instant;

/**
 * One answer a learner gave to one item: the skill and CEFR level of the item, whether it was correct, its score
 * (0..1), the XP it earned (0..{@value #MAX_XP}), how long it took (0..{@value #MAX_DURATION_MS} ms), when, and which
 * item (a positive id).
 */
public record AttemptFact(Skill skill, CefrLevel cefrLevel, boolean correct, double score, int xpAwarded, long durationMs,
                          Instant at, long itemId) {
    public static final int MAX_XP = 10_000;
    public static final long MAX_DURATION_MS = 86_400_000L;

    public AttemptFact {
        InvalidInput.required("skill", skill);
        InvalidInput.required("cefr_level", cefrLevel);
        InvalidInput.required("at", at);
        if (!(score >= 0.0 && score <= 1.0)) {
            throw new InvalidInput("score", "must be between 0 and 1");
        }
        if (xpAwarded < 0 || xpAwarded > MAX_XP) {
            throw new InvalidInput("xp_awarded", "must be 0-" + MAX_XP);
        }
        if (durationMs < 0 || durationMs > MAX_DURATION_MS) {
            throw new InvalidInput("duration_ms", "must be 0-" + MAX_DURATION_MS);
        }
        if (itemId < 1) {
            throw new InvalidInput("item_id", "must be positive");
        }
    }
}
