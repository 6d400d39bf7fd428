package dev.parley.domain.learning;

/** Identity of a lesson: a positive integer, as the b2b surface shows it. */
public record LessonId(long value) {
    public LessonId {
        if (value <= 0) {
            throw new IllegalArgumentException("lesson id must be positive");
        }
    }
}
