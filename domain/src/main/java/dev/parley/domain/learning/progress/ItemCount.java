package dev.parley.domain.learning.progress;

import dev.parley.domain.shared.InvalidInput;

/** How many of a lesson's (or course's) items a learner has completed, out of how many it holds now. */
public record ItemCount(long completed, long total) {
    public ItemCount {
        if (completed < 0 || total < 0) {
            throw new InvalidInput("items", "must not be negative");
        }
    }

    /** The completed share in whole percent, rounded down so that 100 means every item; 0 for no items. */
    public int percent() {
        if (total == 0) {
            return 0;
        }
        return (int) Math.min(100, completed * 100 / total);
    }
}
