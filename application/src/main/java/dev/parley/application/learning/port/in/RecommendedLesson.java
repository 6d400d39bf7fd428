package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Title;
import dev.parley.domain.learning.progress.ItemCount;
import dev.parley.domain.learning.progress.NextLesson.Reason;
import java.util.Objects;

/** The lesson a learner should take next, in which course, how far they got in it, and why it is recommended. */
public record RecommendedLesson(LessonId lesson, CourseId course, Title courseTitle, Title title, Position position, ItemCount items,
                                Reason reason) {
    public RecommendedLesson {
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(courseTitle, "courseTitle");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(position, "position");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(reason, "reason");
    }
}
