package dev.parley.domain.learning;

import dev.parley.domain.shared.Text;

/** What a training block is for, in the author's words: {@code practice}, {@code review}, {@code test}… */
public record TrainingKind(String value) {
    public static final int MAX_LENGTH = 50;

    public TrainingKind {
        value = Text.requireLine("kind", value, MAX_LENGTH);
    }
}
