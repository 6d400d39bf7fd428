package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.Course;
import java.util.List;

/** A course with its lessons in order, each with its trainings and their item counts. */
public record CourseView(Course course, List<LessonOutline> lessons) {
    public CourseView {
        lessons = List.copyOf(lessons);
    }

    /** Items in every training of every lesson. */
    public long itemCount() {
        return lessons.stream().flatMap(lesson -> lesson.trainings().stream()).mapToLong(TrainingView::itemCount).sum();
    }
}
