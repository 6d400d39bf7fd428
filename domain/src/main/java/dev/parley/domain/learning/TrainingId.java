package dev.parley.domain.learning;

/** Identity of a training: a positive integer, as the b2b surface shows it. */
public record TrainingId(long value) {
    public TrainingId {
        if (value <= 0) {
            throw new IllegalArgumentException("training id must be positive");
        }
    }
}
