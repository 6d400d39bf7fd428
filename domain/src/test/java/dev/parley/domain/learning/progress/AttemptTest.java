package dev.parley.domain.learning.progress;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.ItemSettings;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.Xp;
import dev.parley.domain.learning.exercise.Exercise;
import dev.parley.domain.learning.exercise.ItemAnswer;
import dev.parley.domain.learning.exercise.ItemType;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class AttemptTest {
    private static final OrganizationId ORG = new OrganizationId(1);
    private static final LearnerId LEARNER = new LearnerId(7);
    private static final Instant AT = Instant.parse("2024-03-15T14:23:00.123456Z");

    private static TrainingItem item(ItemType type, Object content, Object solution, int xp) {
        return TrainingItem.create(new TrainingItemId(31), ORG, new TrainingId(21),
                new ItemSettings(Exercise.parse(type, content, solution), Skill.READING, CefrLevel.B1, new Xp(xp)), new Position(1), AT);
    }

    private static TrainingItem choice(int xp) {
        return item(ItemType.MULTIPLE_CHOICE, Map.of("prompt", "犬?", "choices", List.of("cat", "dog", "bird", "fish")),
                Map.of("correct_index", 1), xp);
    }

    private static Attempt attempt(TrainingItem item, ItemAnswer answer, boolean alreadyCompleted) {
        return Attempt.grade(new AttemptId(1), LEARNER, item, answer, 12_000, alreadyCompleted, AT);
    }

    @Property
    void anAnswerCompletesItsItemOnlyWhenRightAndOnlyOnceAwardingItsXpWithIt(@ForAll @IntRange(max = 3) int chosen,
                                                                             @ForAll @IntRange(min = 1, max = 1000) int xp,
                                                                             @ForAll boolean alreadyCompleted) {
        Attempt attempt = attempt(choice(xp), new ItemAnswer.MultipleChoice(chosen), alreadyCompleted);

        assertThat(attempt.correct()).isEqualTo(chosen == 1);
        assertThat(attempt.completedItem()).isEqualTo(chosen == 1 && !alreadyCompleted);
        assertThat(attempt.xpAwarded()).isEqualTo(attempt.completedItem() ? xp : 0);
        assertThat(attempt.grade().correctAnswer()).contains(Map.of("choice_index", 1));
        assertThat(attempt.activity()).isEqualTo(new Activity(AT, attempt.xpAwarded(), 12_000, chosen == 1, attempt.completedItem()));
        assertThat(attempt.fact()).isEqualTo(new AttemptFact(Skill.READING, CefrLevel.B1, chosen == 1, chosen == 1 ? 1 : 0,
                attempt.xpAwarded(), 12_000, AT, 31));
    }

    @Property
    void aSelfScoredItemIsCompletedByAnySubmissionHoweverLowTheScore(@ForAll @DoubleRange(min = 0, max = 1) double selfScore,
                                                                   @ForAll boolean alreadyCompleted) {
        TrainingItem speak = item(ItemType.SPEAK_REPEAT, Map.of("prompt", "Repeat: すみません"), null, 20);

        Attempt attempt = attempt(speak, new ItemAnswer.SpeakRepeat("sumimasen", selfScore), alreadyCompleted);

        assertThat(attempt.correct()).isEqualTo(selfScore >= 0.5);
        assertThat(attempt.grade().score()).isEqualTo(selfScore);
        assertThat(attempt.completedItem()).isEqualTo(!alreadyCompleted);
        assertThat(attempt.xpAwarded()).isEqualTo(alreadyCompleted ? 0 : 20);
        assertThat(attempt.grade().correctAnswer()).isEmpty();
    }

    @Example
    void aFlashcardIsCompletedWhenTheLearnerKnewIt() {
        TrainingItem card = item(ItemType.FLASHCARD, Map.of("front", "駅", "back", "station"), null, 5);

        assertThat(attempt(card, new ItemAnswer.Flashcard(false), false).completedItem()).isFalse();
        assertThat(attempt(card, new ItemAnswer.Flashcard(true), false).xpAwarded()).isEqualTo(5);
    }

    @Example
    void durationsAreMillisecondsUpToADayAndAnswersMustFitTheType() {
        TrainingItem item = choice(10);
        ItemAnswer answer = new ItemAnswer.MultipleChoice(1);

        assertRefused("duration_ms", () -> Attempt.grade(new AttemptId(1), LEARNER, item, answer, -1, false, AT));
        assertRefused("duration_ms", () -> Attempt.grade(new AttemptId(1), LEARNER, item, answer, 86_400_001, false, AT));
        assertThat(Attempt.grade(new AttemptId(1), LEARNER, item, answer, 86_400_000, false, AT).durationMs()).isEqualTo(86_400_000);
        assertRefused("answer", () -> attempt(item, new ItemAnswer.Flashcard(true), false));
        assertRefused("answer.choice_index", () -> attempt(item, new ItemAnswer.MultipleChoice(4), false));
    }

    @Example
    void xpWithoutACompletionIsRefused() {
        Attempt right = attempt(choice(10), new ItemAnswer.MultipleChoice(1), false);

        assertThatThrownBy(() -> new Attempt(right.id(), ORG, LEARNER, right.item(), right.skill(), right.cefrLevel(), right.answer(),
                right.grade(), 10, 1, AT, false)).isInstanceOf(IllegalArgumentException.class);
    }
}
