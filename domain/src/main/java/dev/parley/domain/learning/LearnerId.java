package dev.parley.domain.learning;

/** Identity of a learner: the id of the person who learns, as the learning context knows them. */
public record LearnerId(long value) {
    public LearnerId {
        if (value <= 0) {
            throw new IllegalArgumentException("learner id must be positive");
        }
    }
}
