package dev.parley.domain.learning;

import dev.parley.domain.shared.InvalidInput;

/** Where a lesson, training or item stands among its siblings, from 1; siblings are listed by it. */
public record Position(int value) {
    public static final int MAX = 1_000_000;

    public Position {
        if (value < 1 || value > MAX) {
            throw new InvalidInput("position", "must be between 1 and " + MAX);
        }
    }

    /** The position after the last of the siblings, given the highest one taken (0 when there are none). */
    public static Position after(int last) {
        return new Position(last + 1);
    }
}
