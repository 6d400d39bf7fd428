package dev.parley.domain.learning;

import dev.parley.domain.shared.InvalidInput;
import java.util.Arrays;

/** A level of the Common European Framework of Reference for Languages, from A1 (beginner) to C2 (mastery). */
public enum CefrLevel {
    A1,
    A2,
    B1,
    B2,
    C1,
    C2;

    public String wireName() {
        return name();
    }

    public static CefrLevel parse(String field, String raw) {
        return Arrays.stream(values())
                .filter(level -> level.wireName().equals(raw))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of A1, A2, B1, B2, C1, C2"));
    }
}
