package dev.parley.application.learning.port.out;

import dev.parley.application.learning.port.in.CourseFilter;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.Course;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseSlug;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;

/** Stores courses, scoped by organization. */
public interface CourseRepository {
    /**
     * Stores a new course or the changes to a loaded one; a concurrent change since loading is a {@code Conflict},
     * and a slug another course of the organization has is an {@code InvalidInput} on {@code slug}.
     */
    void save(Course course);

    Optional<Course> find(OrganizationId org, CourseId id);

    Optional<Course> findBySlug(OrganizationId org, CourseSlug slug);

    /** The matching courses, oldest first. */
    Page<Course> list(OrganizationId org, CourseFilter filter, PageRequest page);

    /** Removes the course with its lessons, trainings and items. */
    void delete(OrganizationId org, CourseId id);
}
