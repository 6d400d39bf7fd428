package dev.parley.domain.learning;

import dev.parley.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/** The language skill an exercise trains. */
public enum Skill {
    LISTENING,
    READING,
    SPEAKING,
    WRITING,
    VOCABULARY,
    GRAMMAR;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Skill parse(String field, String raw) {
        return Arrays.stream(values())
                .filter(skill -> skill.wireName().equals(raw))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of listening, reading, speaking, writing, vocabulary, grammar"));
    }
}
