package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.progress.Attempt;
import java.util.Map;
import java.util.Optional;

/** A graded attempt as the learner is told: right or not, the score, the XP it earned, and the right answer when wrong. */
public record AttemptResult(Attempt attempt) {
    public boolean correct() {
        return attempt.correct();
    }

    public double score() {
        return attempt.grade().score();
    }

    public int xpAwarded() {
        return attempt.xpAwarded();
    }

    /** An answer that would have been right, when this one was not and the item's type has one to reveal. */
    public Optional<Map<String, Object>> correctAnswer() {
        return attempt.correct() ? Optional.empty() : attempt.grade().correctAnswer();
    }
}
