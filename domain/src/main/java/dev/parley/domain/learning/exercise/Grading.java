package dev.parley.domain.learning.exercise;

import dev.parley.domain.shared.InvalidInput;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;

/** The grading rules the exercise types share. */
final class Grading {
    static final double SELF_SCORE_PASS = 0.5;

    private Grading() {
    }

    static Grade choice(int given, int correct, int choices, ItemAnswer reveal) {
        ExerciseText.index("answer.choice_index", given, choices);
        return Grade.allOrNothing(given == correct, reveal);
    }

    static Grade text(String given, List<String> accepted, ItemAnswer reveal) {
        return Grade.allOrNothing(accepted.stream().anyMatch(text -> AnswerText.sameAnswer(text, given)), reveal);
    }

    /** Scores the fraction of the solution's pairs the answer holds; correct only when it holds them all. */
    static Grade pairs(List<IndexPair> given, List<IndexPair> solution, ItemAnswer reveal) {
        int size = solution.size();
        if (given.stream().anyMatch(pair -> pair.left() >= size || pair.right() >= size)) {
            throw new InvalidInput("answer.pairs", "must hold indexes between 0 and " + (size - 1));
        }
        long right = given.stream().filter(new HashSet<>(solution)::contains).count();
        return new Grade(right == size, (double) right / size, Optional.of(reveal.toData()));
    }

    static Grade selfScored(double selfScore) {
        return new Grade(selfScore >= SELF_SCORE_PASS, selfScore, Optional.empty());
    }

    static InvalidInput wrongAnswer(ItemType type) {
        return new InvalidInput("answer", "must be an answer to a " + type.wireName() + " item");
    }
}
