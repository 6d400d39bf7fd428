package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.shared.OrganizationId;
import java.util.List;

/** How far a learner got in each lesson of a course. */
public interface LessonProgressQueries {
    /** Every lesson of the course in order; a course or learner of another organization is not found. */
    List<LessonProgressView> lessonProgress(OrganizationId org, LearnerId learner, CourseReference course);
}
