package dev.parley.application.learning.port.in;

import dev.parley.domain.shared.OrganizationId;

/** Creates, changes and deletes an organization's courses. */
public interface CourseUseCase {
    /** Creates a course; slug, title, language, source language and level are required, the status defaults to draft. */
    CourseView create(OrganizationId org, CourseDraft draft);

    CourseView update(OrganizationId org, CourseReference course, CourseDraft changes);

    /** Deletes the course with its lessons, trainings and items. */
    void delete(OrganizationId org, CourseReference course);
}
