package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.exercise.ItemType;
import java.util.Objects;
import java.util.Optional;

/** An item a learner keeps missing, where it sits, the text it is known by (never its solution), and how it went. */
public record MissedItemView(TrainingItemId item, TrainingId training, LessonId lesson, CourseId course, ItemType type, Skill skill,
                             Optional<String> prompt, int attempts, int misses, boolean completed) {
    public MissedItemView {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(prompt, "prompt");
    }
}
