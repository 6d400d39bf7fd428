package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Title;
import dev.parley.domain.learning.progress.ItemCount;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A learner's progress in one lesson: its items completed out of those it holds now, and when the lesson was completed. */
public record LessonProgressView(LessonId lesson, Title title, ItemCount items, Optional<Instant> completedAt) {
    public LessonProgressView {
        Objects.requireNonNull(lesson, "lesson");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(items, "items");
        Objects.requireNonNull(completedAt, "completedAt");
    }
}
