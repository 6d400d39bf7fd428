package dev.parley.domain.learning.exercise;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class ExerciseGradingTest {

    @Provide
    Arbitrary<Exercise> checkable() {
        return ExerciseArbitraries.checkable();
    }

    @Provide
    Arbitrary<Exercise> choiceExercises() {
        return Arbitraries.oneOf(ExerciseArbitraries.multipleChoice(), ExerciseArbitraries.listenSelect());
    }

    @Provide
    Arbitrary<Exercise> writtenExercises() {
        return Arbitraries.oneOf(ExerciseArbitraries.written(ItemType.FILL_BLANK), ExerciseArbitraries.written(ItemType.TRANSLATE));
    }

    @Provide
    Arbitrary<Exercise> matchPairs() {
        return ExerciseArbitraries.matchPairs();
    }

    @Provide
    Arbitrary<Exercise> any() {
        return ExerciseArbitraries.any();
    }

    /** The answer a grader reveals, read back as a learner would send it. */
    private static ItemAnswer revealed(Exercise exercise, ItemAnswer anyAnswer) {
        Map<String, Object> correct = exercise.grade(anyAnswer).correctAnswer().orElseThrow();
        return ItemAnswer.parse(exercise.type(), correct);
    }

    private static ItemAnswer someAnswer(Exercise exercise) {
        return switch (exercise.type()) {
            case MULTIPLE_CHOICE -> new ItemAnswer.MultipleChoice(0);
            case LISTEN_SELECT -> new ItemAnswer.ListenSelect(0);
            case FILL_BLANK -> new ItemAnswer.FillBlank("?");
            case TRANSLATE -> new ItemAnswer.Translate("?");
            case MATCH_PAIRS -> new ItemAnswer.MatchPairs(List.of());
            case FLASHCARD -> new ItemAnswer.Flashcard(false);
            case SPEAK_REPEAT -> new ItemAnswer.SpeakRepeat("", 0);
            case FREE_TEXT -> new ItemAnswer.FreeText("", 0);
        };
    }

    @Property
    void theRevealedCorrectAnswerAlwaysGradesCorrectWithFullScore(@ForAll("checkable") Exercise exercise) {
        Grade grade = exercise.grade(revealed(exercise, someAnswer(exercise)));

        assertThat(grade.correct()).isTrue();
        assertThat(grade.score()).isEqualTo(1.0);
    }

    @Property
    void everyWrongChoiceGradesIncorrectWithNoScore(@ForAll("choiceExercises") Exercise exercise) {
        int correct = ((Number) exercise.solution().orElseThrow().toData().get("correct_index")).intValue();
        List<?> choices = (List<?>) exercise.content().toData().get("choices");

        for (int choice = 0; choice < choices.size(); choice++) {
            ItemAnswer answer = ItemAnswer.parse(exercise.type(), Map.of("choice_index", choice));
            Grade grade = exercise.grade(answer);
            assertThat(grade.correct()).isEqualTo(choice == correct);
            assertThat(grade.score()).isEqualTo(choice == correct ? 1.0 : 0.0);
            assertThat(grade.correctAnswer()).contains(Map.of("choice_index", correct));
        }
    }

    @Property
    void aChoiceOutsideTheChoicesIsInvalidNotWrong(@ForAll("choiceExercises") Exercise exercise, @ForAll @IntRange(min = 0, max = 3) int beyond) {
        int size = ((List<?>) exercise.content().toData().get("choices")).size();
        ItemAnswer answer = ItemAnswer.parse(exercise.type(), Map.of("choice_index", size + beyond));

        assertRefused("answer.choice_index", () -> exercise.grade(answer));
    }

    @Property
    void anyWidthCaseAndSpacingOfAnAcceptedTextIsCorrect(@ForAll("writtenExercises") Exercise exercise, @ForAll Random random) {
        List<?> accepted = (List<?>) exercise.solution().orElseThrow().toData().get("accepted");
        String chosen = (String) accepted.get(random.nextInt(accepted.size()));
        String variant = AnswerTextTest.variantOf(chosen, random);

        Grade grade = exercise.grade(ItemAnswer.parse(exercise.type(), Map.of("text", variant)));

        assertThat(grade.correct()).as(variant).isTrue();
        assertThat(grade.score()).isEqualTo(1.0);
        assertThat(grade.correctAnswer()).contains(Map.of("text", accepted.getFirst()));
    }

    @Property
    void aTextNoAcceptedTextFoldsToIsIncorrect(@ForAll("writtenExercises") Exercise exercise) {
        List<?> accepted = (List<?>) exercise.solution().orElseThrow().toData().get("accepted");
        String wrong = accepted.getFirst() + "x".repeat(40);

        Grade grade = exercise.grade(ItemAnswer.parse(exercise.type(), Map.of("text", wrong)));

        assertThat(grade.correct()).isFalse();
        assertThat(grade.score()).isZero();
    }

    @Property
    void aMatchingScoresTheFractionOfRightPairsAndIsCorrectOnlyWhenComplete(@ForAll("matchPairs") Exercise exercise,
                                                                            @ForAll Random random) {
        List<?> solution = (List<?>) exercise.solution().orElseThrow().toData().get("pairs");
        int size = solution.size();
        List<Integer> lefts = ExerciseArbitraries.shuffled(size, random).subList(0, random.nextInt(size + 1));
        List<Integer> rights = ExerciseArbitraries.shuffled(size, random);
        List<List<Integer>> given = new ArrayList<>();
        for (int i = 0; i < lefts.size(); i++) {
            given.add(List.of(lefts.get(i), rights.get(i)));
        }
        Set<List<?>> right = new HashSet<>();
        solution.forEach(pair -> right.add((List<?>) pair));
        long expectedRight = given.stream().filter(right::contains).count();

        Grade grade = exercise.grade(ItemAnswer.parse(ItemType.MATCH_PAIRS, Map.of("pairs", given)));

        assertThat(grade.score()).isEqualTo((double) expectedRight / size);
        assertThat(grade.correct()).isEqualTo(expectedRight == size);
        assertThat(grade.correctAnswer()).contains(Map.of("pairs", solution));
    }

    @Property
    void aPairOutsideTheColumnsIsInvalidNotWrong(@ForAll("matchPairs") Exercise exercise) {
        int size = ((List<?>) exercise.content().toData().get("left")).size();
        ItemAnswer answer = ItemAnswer.parse(ItemType.MATCH_PAIRS, Map.of("pairs", List.of(List.of(0, size))));

        assertRefused("answer.pairs", () -> exercise.grade(answer));
    }

    @Property
    void selfScoredTypesTakeTheLearnersScoreAndPassFromOneHalf(@ForAll @DoubleRange(min = 0, max = 1) double score,
                                                               @ForAll("selfScoredTypes") ItemType type) {
        Exercise exercise = Exercise.parse(type, Map.of("prompt", "Say it"), null);

        Grade grade = exercise.grade(ItemAnswer.parse(type, Map.of("text", "I said it", "self_score", score)));

        assertThat(exercise.selfScored()).isTrue();
        assertThat(grade.score()).isEqualTo(score);
        assertThat(grade.correct()).isEqualTo(score >= 0.5);
        assertThat(grade.correctAnswer()).isEmpty();
    }

    @Provide
    Arbitrary<ItemType> selfScoredTypes() {
        return Arbitraries.of(ItemType.SPEAK_REPEAT, ItemType.FREE_TEXT);
    }

    @Property
    void anAnswerToAnotherTypeIsRefused(@ForAll("any") Exercise exercise, @ForAll("any") Exercise other) {
        ItemAnswer foreign = someAnswer(other);
        if (foreign.type() == exercise.type()) {
            assertThat(exercise.grade(foreign).score()).isBetween(0.0, 1.0);
        } else {
            assertRefused("answer", () -> exercise.grade(foreign));
        }
    }

    @Property
    void onlySelfScoredTypesAreFlaggedAndOnlyTheyRevealNothing(@ForAll("any") Exercise exercise) {
        Grade grade = exercise.grade(someAnswer(exercise));

        assertThat(exercise.selfScored()).isEqualTo(exercise.type() == ItemType.SPEAK_REPEAT || exercise.type() == ItemType.FREE_TEXT);
        assertThat(grade.correctAnswer().isEmpty()).isEqualTo(exercise.selfScored());
    }

    @Example
    void aFlashcardIsCorrectWhenKnown() {
        Exercise card = Exercise.parse(ItemType.FLASHCARD, Map.of("front", "猫", "back", "cat"), null);

        assertThat(card.grade(new ItemAnswer.Flashcard(true))).isEqualTo(new Grade(true, 1, Optional.of(Map.of("known", true))));
        assertThat(card.grade(new ItemAnswer.Flashcard(false)).correct()).isFalse();
    }

    @Example
    void aHalfRightMatchingScoresOneHalf() {
        Exercise exercise = Exercise.parse(ItemType.MATCH_PAIRS,
                Map.of("left", List.of("dog", "cat", "bird", "fish"), "right", List.of("犬", "猫", "鳥", "魚")),
                Map.of("pairs", List.of(List.of(0, 0), List.of(1, 1), List.of(2, 2), List.of(3, 3))));

        Grade grade = exercise.grade(new ItemAnswer.MatchPairs(List.of(new IndexPair(0, 0), new IndexPair(1, 1),
                new IndexPair(2, 3), new IndexPair(3, 2))));

        assertThat(grade.score()).isEqualTo(0.5);
        assertThat(grade.correct()).isFalse();
    }

    @Example
    void gradesAreBetweenZeroAndOne() {
        assertThat(new Grade(true, 1, Optional.empty()).score()).isEqualTo(1.0);
        assertThatThrownBy(() -> new Grade(true, 1.5, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Grade(true, Double.NaN, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
