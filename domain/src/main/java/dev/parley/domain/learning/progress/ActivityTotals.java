package dev.parley.domain.learning.progress;

import java.time.Instant;
import java.util.Optional;

/**
 * A learner's activity summed over some period: XP earned, attempts and how many were right, items completed, time
 * spent in milliseconds, and the first activity (none for an empty period).
 */
public record ActivityTotals(long xp, long attempts, long correctAttempts, long itemsCompleted, long durationMs,
                             Optional<Instant> firstActivityAt) {
    public static final ActivityTotals NONE = new ActivityTotals(0, 0, 0, 0, 0, Optional.empty());

    public ActivityTotals plus(Activity activity) {
        return plus(new ActivityTotals(activity.xp(), 1, activity.correct() ? 1 : 0, activity.completedItem() ? 1 : 0,
                activity.durationMs(), Optional.of(activity.at())));
    }

    public ActivityTotals plus(ActivityTotals other) {
        Optional<Instant> first = firstActivityAt.isEmpty() ? other.firstActivityAt
                : other.firstActivityAt.filter(at -> at.isBefore(firstActivityAt.get())).or(() -> firstActivityAt);
        return new ActivityTotals(xp + other.xp, attempts + other.attempts, correctAttempts + other.correctAttempts,
                itemsCompleted + other.itemsCompleted, durationMs + other.durationMs, first);
    }

    /** Correct attempts as a share of all attempts, 0..1; 0 without attempts. */
    public double accuracy() {
        return attempts == 0 ? 0 : (double) correctAttempts / attempts;
    }
}
