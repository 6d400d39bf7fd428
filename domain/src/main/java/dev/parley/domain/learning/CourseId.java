package dev.parley.domain.learning;

/** Identity of a course: a positive integer, as the b2b surface shows it. */
public record CourseId(long value) {
    public CourseId {
        if (value <= 0) {
            throw new IllegalArgumentException("course id must be positive");
        }
    }
}
