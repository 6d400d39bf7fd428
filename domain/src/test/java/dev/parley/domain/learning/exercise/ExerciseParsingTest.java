package dev.parley.domain.learning.exercise;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ExerciseParsingTest {
    private static final Map<String, Object> CHOICES = Map.of("prompt", "Which is a fruit?", "choices", List.of("apple", "chair", "cloud"));
    private static final String AUDIO = "https://cdn.example.com/audio/hello.mp3";

    private static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        Map<String, Object> changed = new HashMap<>(base);
        if (value == null) {
            changed.remove(key);
        } else {
            changed.put(key, value);
        }
        return changed;
    }

    private static Map<String, Object> listen() {
        return with(CHOICES, "audio_url", AUDIO);
    }

    private static Map<String, Object> pairs() {
        return Map.of("left", List.of("dog", "cat", "bird"), "right", List.of("犬", "猫", "鳥"));
    }

    @Provide
    Arbitrary<Exercise> exercises() {
        return ExerciseArbitraries.any();
    }

    @Property
    void anExerciseReadsBackFromItsOwnPlainData(@ForAll("exercises") Exercise exercise) {
        Exercise reread = Exercise.parse(exercise.type(), exercise.content().toData(),
                exercise.solution().map(ItemSolution::toData).orElse(null));

        assertThat(reread).isEqualTo(exercise);
        assertThat(exercise.content().type()).isEqualTo(exercise.type());
        exercise.solution().ifPresent(solution -> assertThat(solution.type()).isEqualTo(exercise.type()));
        assertThat(exercise.solution().isPresent()).isEqualTo(exercise.type().hasSolution());
    }

    @Example
    void everyTypeParsesItsDocumentedShape() {
        assertThat(Exercise.parse(ItemType.MULTIPLE_CHOICE, CHOICES, Map.of("correct_index", 0))).isInstanceOf(Exercise.MultipleChoice.class);
        assertThat(Exercise.parse(ItemType.FILL_BLANK, Map.of("prompt", "I ___ a student."), Map.of("accepted", List.of("am"))))
                .isInstanceOf(Exercise.FillBlank.class);
        assertThat(Exercise.parse(ItemType.TRANSLATE, Map.of("prompt", "おはよう"), Map.of("accepted", List.of("Good morning", "Morning"))))
                .isInstanceOf(Exercise.Translate.class);
        assertThat(Exercise.parse(ItemType.MATCH_PAIRS, pairs(), Map.of("pairs", List.of(List.of(0, 0), List.of(2, 2), List.of(1, 1)))))
                .isInstanceOf(Exercise.MatchPairs.class);
        assertThat(Exercise.parse(ItemType.LISTEN_SELECT, listen(), Map.of("correct_index", 2))).isInstanceOf(Exercise.ListenSelect.class);
        assertThat(Exercise.parse(ItemType.FLASHCARD, Map.of("front", "犬", "back", "dog"), null)).isInstanceOf(Exercise.Flashcard.class);
        assertThat(Exercise.parse(ItemType.SPEAK_REPEAT, Map.of("prompt", "Repeat: ありがとう"), null)).isInstanceOf(Exercise.SpeakRepeat.class);
        assertThat(Exercise.parse(ItemType.FREE_TEXT, Map.of("prompt", "Describe your town."), null)).isInstanceOf(Exercise.FreeText.class);
    }

    @Example
    void aMatchingIsKeptInLeftOrderAndIntegersOfAnyWidthAreRead() {
        Exercise exercise = Exercise.parse(ItemType.MATCH_PAIRS, pairs(),
                Map.of("pairs", List.of(List.of(2L, BigInteger.ONE), List.of(0, 2), List.of((short) 1, 0L))));

        assertThat(exercise.solution().orElseThrow().toData())
                .isEqualTo(Map.of("pairs", List.of(List.of(0, 2), List.of(1, 0), List.of(2, 1))));
    }

    @Example
    void textsAreStripped() {
        Exercise exercise = Exercise.parse(ItemType.FILL_BLANK, Map.of("prompt", "  I ___ a student. "), Map.of("accepted", List.of(" am ")));

        assertThat(exercise.content().toData()).isEqualTo(Map.of("prompt", "I ___ a student."));
        assertThat(exercise.solution().orElseThrow().toData()).isEqualTo(Map.of("accepted", List.of("am")));
    }

    @Example
    void contentMustBeAnObjectOfTheRightShape() {
        assertRefused("content", () -> Exercise.parse(ItemType.FLASHCARD, null, null));
        assertRefused("content", () -> Exercise.parse(ItemType.FLASHCARD, List.of("front"), null));
        assertRefused("content", () -> Exercise.parse(ItemType.FLASHCARD, "front", null));
        assertRefused("content.front", () -> Exercise.parse(ItemType.FLASHCARD, Map.of("back", "dog"), null));
        assertRefused("content.back", () -> Exercise.parse(ItemType.FLASHCARD, Map.of("front", "犬", "back", 7), null));
        assertRefused("content.prompt", () -> Exercise.parse(ItemType.FREE_TEXT, Map.of("prompt", "  "), null));
        assertRefused("content.prompt", () -> Exercise.parse(ItemType.SPEAK_REPEAT, Map.of("prompt", "p".repeat(2001)), null));
    }

    @Example
    void choicesAreTwoToEightDistinctStrings() {
        solutionIndex0(ItemType.MULTIPLE_CHOICE, with(CHOICES, "choices", List.of("a", "b", "c", "d", "e", "f", "g", "h")));
        assertRefused("content.choices", () -> solutionIndex0(ItemType.MULTIPLE_CHOICE, with(CHOICES, "choices", List.of("only"))));
        assertRefused("content.choices", () -> solutionIndex0(ItemType.MULTIPLE_CHOICE,
                with(CHOICES, "choices", List.of("a", "b", "c", "d", "e", "f", "g", "h", "i"))));
        assertRefused("content.choices", () -> solutionIndex0(ItemType.MULTIPLE_CHOICE, with(CHOICES, "choices", List.of("a", "a"))));
        assertRefused("content.choices", () -> solutionIndex0(ItemType.MULTIPLE_CHOICE, with(CHOICES, "choices", List.of("a", 2))));
        assertRefused("content.choices", () -> solutionIndex0(ItemType.MULTIPLE_CHOICE, with(CHOICES, "choices", "a, b")));
        assertRefused("content.choices", () -> solutionIndex0(ItemType.MULTIPLE_CHOICE, with(CHOICES, "choices", null)));
        assertRefused("content.choices", () -> solutionIndex0(ItemType.LISTEN_SELECT, with(listen(), "choices", List.of("a", " "))));
    }

    private static Exercise solutionIndex0(ItemType type, Map<String, Object> content) {
        return Exercise.parse(type, content, Map.of("correct_index", 0));
    }

    @Example
    void theCorrectIndexIsAnIntegerWithinTheChoices() {
        for (ItemType type : List.of(ItemType.MULTIPLE_CHOICE, ItemType.LISTEN_SELECT)) {
            Map<String, Object> content = type == ItemType.MULTIPLE_CHOICE ? CHOICES : listen();
            assertThat(Exercise.parse(type, content, Map.of("correct_index", 2)).solution()).isPresent();
            assertRefused("solution.correct_index", () -> Exercise.parse(type, content, Map.of("correct_index", 3)));
            assertRefused("solution.correct_index", () -> Exercise.parse(type, content, Map.of("correct_index", -1)));
            assertRefused("solution.correct_index", () -> Exercise.parse(type, content, Map.of("correct_index", 1.0)));
            assertRefused("solution.correct_index", () -> Exercise.parse(type, content, Map.of("correct_index", "1")));
            assertRefused("solution.correct_index", () -> Exercise.parse(type, content, Map.of("correct_index", 1L << 40)));
            assertRefused("solution.correct_index", () -> Exercise.parse(type, content, Map.of()));
            assertRefused("solution", () -> Exercise.parse(type, content, null));
            assertRefused("solution", () -> Exercise.parse(type, content, List.of(0)));
        }
    }

    @Example
    void aListeningExerciseNeedsAnHttpsRecording() {
        assertRefused("content.audio_url", () -> solutionIndex0(ItemType.LISTEN_SELECT, CHOICES));
        for (String url : new String[] {"http://cdn.example.com/a.mp3", "ftp://cdn.example.com/a.mp3", "https://", "https:///a.mp3",
                "not a url", "javascript:alert(1)", "https://cdn.example.com/" + "a".repeat(2000)}) {
            assertRefused("content.audio_url", () -> solutionIndex0(ItemType.LISTEN_SELECT, with(listen(), "audio_url", url)));
        }
        assertThat(solutionIndex0(ItemType.LISTEN_SELECT, with(listen(), "audio_url", "HTTPS://cdn.example.com/a.mp3?v=2"))
                .content().toData()).containsEntry("audio_url", "HTTPS://cdn.example.com/a.mp3?v=2");
    }

    @Example
    void writtenAnswersNeedOneToTwentyAcceptedTexts() {
        for (ItemType type : List.of(ItemType.FILL_BLANK, ItemType.TRANSLATE)) {
            Map<String, Object> content = Map.of("prompt", "Write");
            assertRefused("solution.accepted", () -> Exercise.parse(type, content, Map.of("accepted", List.of())));
            assertRefused("solution.accepted", () -> Exercise.parse(type, content, Map.of("accepted", List.of("ok", ""))));
            assertRefused("solution.accepted", () -> Exercise.parse(type, content, Map.of("accepted", "ok")));
            assertRefused("solution.accepted", () -> Exercise.parse(type, content, Map.of("accepted",
                    java.util.stream.IntStream.range(0, 21).mapToObj(i -> "a" + i).toList())));
            assertRefused("solution.accepted", () -> Exercise.parse(type, content, Map.of()));
            assertRefused("content.prompt", () -> Exercise.parse(type, Map.of(), Map.of("accepted", List.of("ok"))));
        }
    }

    @Example
    void matchingColumnsHoldTwoToTenDistinctItemsEach() {
        Map<String, Object> solution = Map.of("pairs", List.of(List.of(0, 0), List.of(1, 1)));
        assertRefused("content.left", () -> Exercise.parse(ItemType.MATCH_PAIRS, Map.of("left", List.of("a"), "right", List.of("b")), solution));
        assertRefused("content.left", () -> Exercise.parse(ItemType.MATCH_PAIRS, Map.of("left", List.of("a", "a"), "right", List.of("b", "c")), solution));
        assertRefused("content.right", () -> Exercise.parse(ItemType.MATCH_PAIRS, Map.of("left", List.of("a", "b"), "right", List.of("c", "d", "e")), solution));
        assertRefused("content.right", () -> Exercise.parse(ItemType.MATCH_PAIRS, Map.of("left", List.of("a", "b")), solution));
        List<String> eleven = java.util.stream.IntStream.range(0, 11).mapToObj(i -> "w" + i).toList();
        assertRefused("content.left", () -> Exercise.parse(ItemType.MATCH_PAIRS, Map.of("left", eleven, "right", eleven), solution));
    }

    @Example
    void aMatchingSolutionPairsEveryItemExactlyOnce() {
        for (Object pairs : List.of(
                List.of(List.of(0, 0), List.of(1, 1)),
                List.of(List.of(0, 0), List.of(1, 1), List.of(2, 2), List.of(0, 1)),
                List.of(List.of(0, 0), List.of(1, 0), List.of(2, 2)),
                List.of(List.of(0, 1), List.of(1, 1), List.of(2, 0)),
                List.of(List.of(0, 0), List.of(1, 1), List.of(2, 3)),
                List.of(List.of(0, 0), List.of(1, 1), List.of(-1, 2)),
                List.of(List.of(0, 0), List.of(1, 1), List.of(2)),
                List.of(List.of(0, 0), List.of(1, 1), List.of(2, "2")),
                List.of(0, 1, 2),
                "0-0")) {
            assertRefused("solution.pairs", () -> Exercise.parse(ItemType.MATCH_PAIRS, pairs(), Map.of("pairs", pairs)));
        }
    }

    @Example
    void typesWithoutASolutionRefuseOne() {
        assertRefused("solution", () -> Exercise.parse(ItemType.FLASHCARD, Map.of("front", "a", "back", "b"), Map.of("known", true)));
        assertRefused("solution", () -> Exercise.parse(ItemType.SPEAK_REPEAT, Map.of("prompt", "a"), Map.of()));
        assertRefused("solution", () -> Exercise.parse(ItemType.FREE_TEXT, Map.of("prompt", "a"), Map.of("accepted", List.of("x"))));
        assertThat(Exercise.parse(ItemType.FREE_TEXT, Map.of("prompt", "a"), null).solution()).isEqualTo(Optional.empty());
    }

    @Example
    void itemTypesParseTheirWireNames() {
        for (ItemType type : ItemType.values()) {
            assertThat(ItemType.parse("type", type.wireName())).isEqualTo(type);
        }
        assertRefused("type", () -> ItemType.parse("type", "essay"));
        assertRefused("type", () -> ItemType.parse("type", "MULTIPLE_CHOICE"));
        assertThat(ItemType.MATCH_PAIRS.wireName()).isEqualTo("match_pairs");
    }
}
