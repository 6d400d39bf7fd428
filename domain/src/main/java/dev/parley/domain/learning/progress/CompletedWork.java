package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItemId;
import java.util.Map;
import java.util.Set;

/**
 * What a learner has completed so far within a {@link CompletionScope}: the items (each with whether it was completed at
 * the first attempt), the trainings and lessons, and whether the course is.
 */
public record CompletedWork(Map<TrainingItemId, Boolean> items, Set<TrainingId> trainings, Set<LessonId> lessons, boolean course) {
    public static final CompletedWork NOTHING = new CompletedWork(Map.of(), Set.of(), Set.of(), false);

    public CompletedWork {
        items = Map.copyOf(items);
        trainings = Set.copyOf(trainings);
        lessons = Set.copyOf(lessons);
    }
}
