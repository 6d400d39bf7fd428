package dev.parley.domain.learning.progress;

import dev.parley.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/** What an item practises; each skill gets its own CEFR estimate. */
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

    /** Parses the lower-case wire name, refusing anything else on {@code skill}. */
    public static Skill parse(String raw) {
        return Arrays.stream(values()).filter(skill -> skill.wireName().equals(raw)).findFirst()
                .orElseThrow(() -> new InvalidInput("skill",
                        "must be one of listening, reading, speaking, writing, vocabulary, grammar"));
    }
}
