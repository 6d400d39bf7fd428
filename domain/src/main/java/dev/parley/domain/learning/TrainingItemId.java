package dev.parley.domain.learning;

/** Identity of a training item: a positive integer, as the b2b surface shows it. */
public record TrainingItemId(long value) {
    public TrainingItemId {
        if (value <= 0) {
            throw new IllegalArgumentException("training item id must be positive");
        }
    }
}
