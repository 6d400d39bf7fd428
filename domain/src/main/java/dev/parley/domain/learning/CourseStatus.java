package dev.parley.domain.learning;

import dev.parley.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where a course stands. A draft has never been published; once published a course is either published or
 * archived, and can move between those two but never become a draft again.
 */
public enum CourseStatus {
    DRAFT,
    PUBLISHED,
    ARCHIVED;

    /** Whether a course in this status may be put in {@code next}; staying put is always allowed. */
    public boolean canBecome(CourseStatus next) {
        return switch (this) {
            case DRAFT -> true;
            case PUBLISHED, ARCHIVED -> next != DRAFT;
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CourseStatus parse(String field, String raw) {
        return Arrays.stream(values())
                .filter(status -> status.wireName().equals(raw))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of draft, published, archived"));
    }
}
