package dev.parley.application.learning.port.out;

import dev.parley.domain.learning.TrainingItemId;
import java.util.Objects;

/** How often a learner answered one item, and how many of those answers were wrong. */
public record ItemTally(TrainingItemId item, int attempts, int misses) {
    public ItemTally {
        Objects.requireNonNull(item, "item");
        if (attempts < 0 || misses < 0 || misses > attempts) {
            throw new IllegalArgumentException("misses must be 0-" + attempts + ": " + misses);
        }
    }

    public static ItemTally never(TrainingItemId item) {
        return new ItemTally(item, 0, 0);
    }
}
