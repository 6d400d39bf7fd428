package dev.parley.domain.learning.exercise;

import static dev.parley.domain.learning.exercise.ExerciseText.MAX_OPTION;

import dev.parley.domain.shared.InvalidInput;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** What makes an answer right, one record per item type that has a solution; never shown to learners. */
public sealed interface ItemSolution {
    int MAX_ACCEPTED = 20;

    ItemType type();

    /** As plain data, the way the API shows it to authors and the database stores it. */
    Map<String, Object> toData();

    private static int checkedIndex(int value) {
        if (value < 0) {
            throw new InvalidInput("solution.correct_index", "must be at least 0");
        }
        return value;
    }

    private static List<String> checkedAccepted(List<String> values) {
        return ExerciseText.list("solution.accepted", values, 1, MAX_ACCEPTED, MAX_OPTION);
    }

    /** The index of the right choice. */
    record MultipleChoice(int correctIndex) implements ItemSolution {
        public MultipleChoice {
            correctIndex = checkedIndex(correctIndex);
        }

        public ItemType type() { return ItemType.MULTIPLE_CHOICE; }
        public Map<String, Object> toData() { return Map.of("correct_index", correctIndex); }
    }

    /** The index of the choice that matches the recording. */
    record ListenSelect(int correctIndex) implements ItemSolution {
        public ListenSelect {
            correctIndex = checkedIndex(correctIndex);
        }

        public ItemType type() { return ItemType.LISTEN_SELECT; }
        public Map<String, Object> toData() { return Map.of("correct_index", correctIndex); }
    }

    /** The texts that fill the gap, the first being the one shown as the correct answer. */
    record FillBlank(List<String> accepted) implements ItemSolution {
        public FillBlank {
            accepted = checkedAccepted(accepted);
        }

        public ItemType type() { return ItemType.FILL_BLANK; }
        public Map<String, Object> toData() { return Map.of("accepted", accepted); }
    }

    /** The accepted translations, the first being the one shown as the correct answer. */
    record Translate(List<String> accepted) implements ItemSolution {
        public Translate {
            accepted = checkedAccepted(accepted);
        }

        public ItemType type() { return ItemType.TRANSLATE; }
        public Map<String, Object> toData() { return Map.of("accepted", accepted); }
    }

    /** A perfect matching: every left index and every right index exactly once, kept in left order. */
    record MatchPairs(List<IndexPair> pairs) implements ItemSolution {
        public MatchPairs {
            InvalidInput.required("solution.pairs", pairs);
            int size = pairs.size();
            boolean[] leftSeen = new boolean[size];
            boolean[] rightSeen = new boolean[size];
            for (IndexPair pair : pairs) {
                if (pair.left() < 0 || pair.left() >= size || pair.right() < 0 || pair.right() >= size
                        || leftSeen[pair.left()] || rightSeen[pair.right()]) {
                    throw new InvalidInput("solution.pairs", "must match every left item to exactly one right item");
                }
                leftSeen[pair.left()] = true;
                rightSeen[pair.right()] = true;
            }
            pairs = pairs.stream().sorted(Comparator.comparingInt(IndexPair::left)).toList();
        }

        public ItemType type() { return ItemType.MATCH_PAIRS; }
        public Map<String, Object> toData() { return Map.of("pairs", pairs.stream().map(IndexPair::toData).toList()); }
    }
}
