package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItemId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The part of a course one answer can complete: the item's lesson with its trainings (in order) and their items, and
 * which lessons of the course hold any item at all (a lesson or training without items never needs completing).
 */
public record CompletionScope(CourseId course, LessonId lesson, Map<TrainingId, List<TrainingItemId>> trainings,
                              Set<LessonId> lessonsWithItems) {
    public CompletionScope {
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(lesson, "lesson");
        Map<TrainingId, List<TrainingItemId>> copy = new LinkedHashMap<>();
        trainings.forEach((training, items) -> copy.put(training, List.copyOf(items)));
        trainings = Collections.unmodifiableMap(copy);
        lessonsWithItems = Set.copyOf(lessonsWithItems);
        if (copy.values().stream().anyMatch(items -> !items.isEmpty()) != lessonsWithItems.contains(lesson)) {
            throw new IllegalArgumentException("lessonsWithItems must hold lesson " + lesson.value() + " exactly when it has items");
        }
    }

    /** The training holding {@code item}, if the lesson has it. */
    public Optional<TrainingId> trainingOf(TrainingItemId item) {
        return trainings.entrySet().stream().filter(e -> e.getValue().contains(item)).map(Map.Entry::getKey).findFirst();
    }

    /** Every item of the lesson, training by training. */
    public List<TrainingItemId> lessonItems() {
        return trainings.values().stream().flatMap(List::stream).toList();
    }
}
