package dev.parley.application.learning.port.out;

import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.Title;
import java.util.Objects;

/** A course as a recommendation names it: its id and title. */
public record CourseHeading(CourseId id, Title title) {
    public CourseHeading {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
