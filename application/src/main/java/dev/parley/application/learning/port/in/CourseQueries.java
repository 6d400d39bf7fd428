package dev.parley.application.learning.port.in;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.Course;
import dev.parley.domain.shared.OrganizationId;

/** Reads an organization's courses, whatever their status. */
public interface CourseQueries {
    Page<Course> list(OrganizationId org, CourseFilter filter, PageRequest page);

    CourseView get(OrganizationId org, CourseReference course);
}
