package dev.parley.domain.learning;

import dev.parley.domain.shared.Text;

/** The one-line name of a course, lesson or training. */
public record Title(String value) {
    public static final int MAX_LENGTH = 200;

    public Title {
        value = Text.requireLine("title", value, MAX_LENGTH);
    }
}
