package dev.parley.domain.learning.exercise;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random valid exercises of every type, built from the plain data an author would send. */
final class ExerciseArbitraries {
    private ExerciseArbitraries() {
    }

    static Arbitrary<String> words() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(12);
    }

    static Arbitrary<List<String>> distinctWords(int min, int max) {
        return words().list().ofMinSize(min).ofMaxSize(max).uniqueElements();
    }

    static Arbitrary<Exercise> multipleChoice() {
        return distinctWords(2, 8).flatMap(choices -> Arbitraries.integers().between(0, choices.size() - 1).map(correct ->
                Exercise.parse(ItemType.MULTIPLE_CHOICE, Map.of("prompt", "Pick one", "choices", choices),
                        Map.of("correct_index", correct))));
    }

    static Arbitrary<Exercise> listenSelect() {
        return distinctWords(2, 8).flatMap(choices -> Arbitraries.integers().between(0, choices.size() - 1).map(correct ->
                Exercise.parse(ItemType.LISTEN_SELECT,
                        Map.of("prompt", "What did you hear?", "choices", choices, "audio_url", "https://cdn.example/a.mp3"),
                        Map.of("correct_index", correct))));
    }

    /** Short phrases of one to three words, single-spaced. */
    static Arbitrary<String> phrases() {
        return words().list().ofMinSize(1).ofMaxSize(3).map(parts -> String.join(" ", parts));
    }

    static Arbitrary<Exercise> written(ItemType type) {
        return phrases().list().ofMinSize(1).ofMaxSize(5).uniqueElements().map(accepted ->
                Exercise.parse(type, Map.of("prompt", "Write it"), Map.of("accepted", accepted)));
    }

    static Arbitrary<Exercise> matchPairs() {
        return Combinators.combine(distinctWords(2, 10), Arbitraries.randoms()).as((left, random) -> {
            List<String> right = left.stream().map(word -> word.toUpperCase(Locale.ROOT)).toList();
            List<Integer> targets = shuffled(left.size(), random);
            List<List<Integer>> pairs = new ArrayList<>();
            for (int i = 0; i < left.size(); i++) {
                pairs.add(List.of(i, targets.get(i)));
            }
            return Exercise.parse(ItemType.MATCH_PAIRS, Map.of("left", left, "right", right), Map.of("pairs", pairs));
        });
    }

    static Arbitrary<Exercise> flashcard() {
        return Combinators.combine(words(), words()).as((front, back) ->
                Exercise.parse(ItemType.FLASHCARD, Map.of("front", front, "back", back), null));
    }

    static Arbitrary<Exercise> selfScored() {
        return Arbitraries.of(ItemType.SPEAK_REPEAT, ItemType.FREE_TEXT)
                .map(type -> Exercise.parse(type, Map.of("prompt", "Say: おはよう"), null));
    }

    /** Every exercise type whose answers a grader can check. */
    static Arbitrary<Exercise> checkable() {
        return Arbitraries.oneOf(multipleChoice(), listenSelect(), written(ItemType.FILL_BLANK), written(ItemType.TRANSLATE),
                matchPairs(), flashcard());
    }

    static Arbitrary<Exercise> any() {
        return Arbitraries.oneOf(checkable(), selfScored());
    }

    static List<Integer> shuffled(int size, Random random) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            indexes.add(i);
        }
        Collections.shuffle(indexes, random);
        return indexes;
    }
}
