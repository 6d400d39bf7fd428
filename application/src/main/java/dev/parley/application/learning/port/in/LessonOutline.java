package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.Lesson;
import java.util.List;

/** A lesson with its trainings in order. */
public record LessonOutline(Lesson lesson, List<TrainingView> trainings) {
    public LessonOutline {
        trainings = List.copyOf(trainings);
    }
}
