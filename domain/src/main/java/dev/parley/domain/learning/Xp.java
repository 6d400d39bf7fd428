package dev.parley.domain.learning;

import dev.parley.domain.shared.InvalidInput;

/** The experience points an exercise is worth. */
public record Xp(int value) {
    public static final int MIN = 1;
    public static final int MAX = 1000;
    public static final Xp DEFAULT = new Xp(10);

    public Xp {
        if (value < MIN || value > MAX) {
            throw new InvalidInput("xp", "must be between " + MIN + " and " + MAX);
        }
    }
}
