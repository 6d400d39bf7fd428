package dev.parley.domain.learning.progress;

/** Identity of an attempt: a positive integer. */
public record AttemptId(long value) {
    public AttemptId {
        if (value <= 0) {
            throw new IllegalArgumentException("attempt id must be positive");
        }
    }
}
