package dev.parley.application.learning;

import dev.parley.application.learning.port.in.CourseReference;
import dev.parley.application.learning.port.in.LessonProgressQueries;
import dev.parley.application.learning.port.in.LessonProgressView;
import dev.parley.application.learning.port.out.CompletionRepository;
import dev.parley.application.learning.port.out.CourseRepository;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.shared.OrganizationId;
import java.util.List;

/** A learner's progress through the lessons of a course of any status, counted over the items each lesson holds now. */
public final class LessonProgressService implements LessonProgressQueries {
    private final CourseRepository courses;
    private final CompletionRepository completions;
    private final Learners learners;

    public LessonProgressService(LearningProgressPorts ports, CourseRepository courses) {
        this.courses = courses;
        this.completions = ports.completions();
        this.learners = new Learners(ports.learners());
    }

    @Override
    public List<LessonProgressView> lessonProgress(OrganizationId org, LearnerId learner, CourseReference reference) {
        learners.require(org, learner);
        return completions.lessonProgress(org, learner, ContentLookup.course(courses, org, reference).id());
    }
}
