package dev.parley.domain.learning.exercise;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The verdict on one answer: whether it is correct, its score from 0 to 1, and an answer that would have been
 * correct, as plain data in the answer's own shape, to reveal to the learner (none for self-scored types).
 */
public record Grade(boolean correct, double score, Optional<Map<String, Object>> correctAnswer) {
    public Grade {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be between 0 and 1: " + score);
        }
        Objects.requireNonNull(correctAnswer, "correctAnswer");
        correctAnswer = correctAnswer.map(Map::copyOf);
    }

    /** All or nothing: score 1 when correct, 0 otherwise. */
    static Grade allOrNothing(boolean correct, ItemAnswer reveal) {
        return new Grade(correct, correct ? 1 : 0, Optional.of(reveal.toData()));
    }
}
