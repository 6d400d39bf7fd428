package dev.parley.application.learning.port.out;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.Lesson;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.shared.OrganizationId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Stores lessons, scoped by organization; siblings are ordered by position, then creation, then id. */
public interface LessonRepository {
    /**
     * Stores a new lesson or the changes to a loaded one; a concurrent change since loading is a {@code Conflict},
     * and a course that is not the organization's is an {@code InvalidInput} on {@code course_id}.
     */
    void save(Lesson lesson);

    Optional<Lesson> find(OrganizationId org, LessonId id);

    /** A page of the organization's lessons, of one course when given, grouped by course and in order. */
    Page<Lesson> list(OrganizationId org, Optional<CourseId> course, PageRequest page);

    /** Every lesson of these courses, in order. */
    List<Lesson> listByCourses(OrganizationId org, Collection<CourseId> courses);

    /** The highest position taken in the course, 0 when it has no lessons. */
    int lastPosition(OrganizationId org, CourseId course);

    /** Removes the lesson with its trainings and items. */
    void delete(OrganizationId org, LessonId id);
}
