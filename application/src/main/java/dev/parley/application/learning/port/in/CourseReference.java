package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseSlug;
import java.util.Optional;

/**
 * A course named by its id, its slug, or a text that could be either (an all-digit slug); the id is tried first.
 * A reference with neither names no course.
 */
public record CourseReference(Optional<CourseId> id, Optional<CourseSlug> slug) {
    public static CourseReference of(CourseId id) {
        return new CourseReference(Optional.of(id), Optional.empty());
    }

    public static CourseReference of(CourseSlug slug) {
        return new CourseReference(Optional.empty(), Optional.of(slug));
    }

    /** How the reference reads in a not-found message. */
    public String describe() {
        return id.map(i -> Long.toString(i.value())).or(() -> slug.map(CourseSlug::value)).orElse("?");
    }
}
