package dev.parley.application.learning.port.out;

import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItemId;
import java.util.Objects;

/** Where an item sits: its training, lesson and course, and the course's status. */
public record ItemPlacement(TrainingItemId item, TrainingId training, LessonId lesson, CourseId course, CourseStatus courseStatus) {
    public ItemPlacement {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(courseStatus, "courseStatus");
    }
}
