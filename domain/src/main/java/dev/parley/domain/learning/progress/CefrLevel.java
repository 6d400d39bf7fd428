package dev.parley.domain.learning.progress;

import dev.parley.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/** A level of the Common European Framework of Reference, ordered from A1 (lowest) to C2 (highest). */
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

    /** Parses {@code A1}..{@code C2} in upper or lower case, refusing anything else on {@code cefr_level}. */
    public static CefrLevel parse(String raw) {
        return parse("cefr_level", raw);
    }

    /** Parses {@code A1}..{@code C2} in upper or lower case, refusing anything else on {@code field}. */
    public static CefrLevel parse(String field, String raw) {
        return Arrays.stream(values())
                .filter(level -> level.name().equals(raw) || level.name().toLowerCase(Locale.ROOT).equals(raw))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of A1, A2, B1, B2, C1, C2"));
    }
}
