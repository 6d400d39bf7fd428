package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.LessonId;
import dev.parley.domain.shared.InvalidInput;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The lesson of a course a learner should take next: the first in order that they have not completed and that holds at
 * least one item (a lesson without items cannot be practised, and one completed stays completed when items are added).
 */
public final class NextLesson {
    private NextLesson() {
    }

    /** The first open lesson of a course's lessons given in order; none when every lesson is completed or empty. */
    public static Optional<LessonStanding> firstOpen(List<LessonStanding> lessonsInOrder) {
        InvalidInput.required("lessons", lessonsInOrder);
        return lessonsInOrder.stream().filter(LessonStanding::open).findFirst();
    }

    /** Where a learner stands in one lesson: its items they completed out of those it holds, and whether they completed it. */
    public record LessonStanding(LessonId lesson, ItemCount items, boolean completed) {
        public LessonStanding {
            Objects.requireNonNull(lesson, "lesson");
            Objects.requireNonNull(items, "items");
        }

        /** Not completed, and something to practise in it. */
        public boolean open() {
            return !completed && items.total() > 0;
        }
    }

    /** Why a lesson is recommended: it goes on with a course the learner is enrolled in, or starts a new one. */
    public enum Reason {
        CONTINUE,
        START;

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
