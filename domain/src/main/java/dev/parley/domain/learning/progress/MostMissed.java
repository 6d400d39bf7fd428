package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.shared.InvalidInput;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The items a learner missed most: up to {@value #LIMIT} of those they missed at least once, most misses first, then
 * the most recently attempted, then by item id.
 */
public final class MostMissed {
    public static final int LIMIT = 5;
    public static final Comparator<ItemMisses> ORDER = Comparator.comparingInt(ItemMisses::misses).reversed()
            .thenComparing(Comparator.comparing(ItemMisses::lastAttemptedAt).reversed())
            .thenComparingLong(misses -> misses.item().value());

    private MostMissed() {
    }

    /** The most-missed items of the learner's tallies, in order. */
    public static List<ItemMisses> of(Collection<ItemMisses> tallies) {
        InvalidInput.required("tallies", tallies);
        return tallies.stream().filter(tally -> tally.misses() > 0).sorted(ORDER).limit(LIMIT).toList();
    }

    /** How often a learner answered one item, how many of those answers were wrong, and when they last answered it. */
    public record ItemMisses(TrainingItemId item, int attempts, int misses, Instant lastAttemptedAt) {
        public ItemMisses {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(lastAttemptedAt, "lastAttemptedAt");
            if (attempts < 1 || misses < 0 || misses > attempts) {
                throw new InvalidInput("misses", "must be 0-" + attempts + " with at least one attempt");
            }
        }
    }
}
