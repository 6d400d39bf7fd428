package dev.parley.application.learning.port.out;

import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.progress.MostMissed.ItemMisses;
import java.util.Objects;

/** An item a learner missed, with the lesson and course it sits in, their tally of it, and whether they completed it. */
public record MissedItem(TrainingItem item, LessonId lesson, CourseId course, ItemMisses misses, boolean completed) {
    public MissedItem {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(misses, "misses");
        if (!misses.item().equals(item.id())) {
            throw new IllegalArgumentException("the tally of item " + misses.item().value() + " is not of item " + item.id().value());
        }
    }
}
