package dev.parley.application.learning.port.in;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.Lesson;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;

/** Reads an organization's lessons. */
public interface LessonQueries {
    Page<Lesson> list(OrganizationId org, Optional<CourseId> course, PageRequest page);

    Lesson get(OrganizationId org, LessonId id);
}
