package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.Course;
import dev.parley.domain.learning.Lesson;
import java.util.List;

/** A published course as the public catalogue shows it, with its lessons in order. */
public record CatalogEntry(Course course, List<Lesson> lessons) {
    public CatalogEntry {
        lessons = List.copyOf(lessons);
    }
}
