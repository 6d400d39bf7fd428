package dev.parley.application.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.LearningSeed;
import dev.parley.application.contract.ProgressSeed;
import dev.parley.application.contract.RecordedEvent;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.learning.port.in.AttemptResult;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.ItemSettings;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.Xp;
import dev.parley.domain.learning.exercise.ItemType;
import dev.parley.domain.learning.progress.Achievement;
import dev.parley.domain.learning.progress.ActivityTotals;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.TimeZoneName;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AttemptServiceTest {
    private static final Map<String, Object> RIGHT = Map.of("choice_index", 1);
    private static final Map<String, Object> WRONG = Map.of("choice_index", 2);

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-15T09:00:00.123456Z"));
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final AttemptService attempts = new AttemptService(adapters.progress(), adapters.trainingItems(), adapters.transactions(),
            adapters.outbox(), new SequentialIdGenerator(5_000), clock);
    private final ProgressSeed seed = new ProgressSeed(adapters);
    private OrganizationId org;
    private OrganizationId otherOrg;
    private LearnerId ada;
    private TrainingItem first;
    private TrainingItem second;
    private TrainingItem speak;
    private TrainingItem station;

    @BeforeEach
    void seed() {
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        ada = seed.learner(org, 11);
        CourseId course = seed.course(org, 100, CourseStatus.PUBLISHED);
        LessonId greetings = seed.lesson(org, 200, course, 1);
        TrainingId words = seed.training(org, 300, greetings, 1);
        first = seed.item(org, 400, words, 1, Skill.READING, CefrLevel.B1);
        second = seed.item(org, 401, words, 2, Skill.READING, CefrLevel.B1);
        speak = item(org, 402, seed.training(org, 301, greetings, 2), ItemType.SPEAK_REPEAT);
        station = seed.item(org, 403, seed.training(org, 302, seed.lesson(org, 201, course, 2), 1), 1);
    }

    private TrainingItem item(OrganizationId owner, long id, TrainingId training, ItemType type) {
        TrainingItem item = TrainingItem.create(new TrainingItemId(id), owner, training,
                new ItemSettings(LearningSeed.EXERCISES.get(type), Skill.SPEAKING, CefrLevel.A1, new Xp(20)), new Position(1), clock.instant());
        adapters.trainingItems().save(item);
        return item;
    }

    private AttemptResult submit(TrainingItem item, Object answer) {
        return attempts.submit(org, ada, item.id(), answer, 12_000);
    }

    private List<String> eventTypes() {
        return adapters.recordedEvents().stream().map(RecordedEvent::type).toList();
    }

    @Test
    void aRightAnswerEarnsTheItemsXpOnceAndAWrongOneIsToldTheRightAnswer() {
        AttemptResult wrong = submit(first, WRONG);
        AttemptResult right = submit(first, RIGHT);
        AttemptResult again = submit(first, RIGHT);

        assertThat(List.of(wrong.correct(), wrong.score(), wrong.xpAwarded())).containsExactly(false, 0.0, 0);
        assertThat(wrong.correctAnswer()).contains(Map.of("choice_index", 1));
        assertThat(List.of(right.correct(), right.score(), right.xpAwarded())).containsExactly(true, 1.0, 15);
        assertThat(right.correctAnswer()).isEmpty();
        assertThat(again.xpAwarded()).isZero();
        assertThat(adapters.learnerActivity().totals(org, ada)).isEqualTo(new ActivityTotals(15, 3, 2, 1, 36_000, Optional.of(clock.instant())));
        assertThat(adapters.transactions().begun()).isEqualTo(3);
    }

    @Test
    void theFirstAnswerInACourseEnrolsTheLearnerWhateverItsGrade() {
        submit(first, WRONG);
        submit(second, WRONG);

        assertThat(eventTypes()).containsExactly("learner.enrolled");
        assertThat(adapters.recordedEvents().getFirst().data()).isEqualTo(Map.of("user_id", 11L, "course_id", 100L));
        assertThat(adapters.completions().isEnrolled(org, ada, new CourseId(100))).isTrue();
    }

    @Test
    void completingEveryItemCompletesTrainingsLessonsAndTheCourseOnceEachWithTheirAchievements() {
        submit(first, RIGHT);
        submit(second, WRONG);
        submit(second, RIGHT);
        submit(speak, Map.of("text", "sumimasen", "self_score", 0.1));
        clock.advance(Duration.ofMinutes(5));
        submit(station, RIGHT);
        submit(station, RIGHT);

        assertThat(eventTypes()).containsExactly("learner.enrolled", "training.completed", "training.completed", "lesson.completed",
                "achievement.unlocked", "training.completed", "lesson.completed", "course.completed", "achievement.unlocked",
                "achievement.unlocked");
        List<RecordedEvent> events = adapters.recordedEvents();
        assertThat(events.get(3).data()).isEqualTo(Map.of("user_id", 11L, "course_id", 100L, "lesson_id", 200L, "perfect", false));
        assertThat(events.get(4).data()).containsEntry("achievement", "first_lesson");
        assertThat(events.get(6).data()).containsEntry("perfect", true);
        assertThat(List.of(events.get(8).data().get("achievement"), events.get(9).data().get("achievement")))
                .containsExactly("perfect_lesson", "first_course");
        assertThat(events.get(9).occurredAt()).isEqualTo(clock.instant());
        assertThat(adapters.achievements().unlocked(org, ada).keySet())
                .containsExactlyInAnyOrder(Achievement.FIRST_LESSON, Achievement.PERFECT_LESSON, Achievement.FIRST_COURSE);
    }

    @Test
    void aSelfScoredItemIsCompletedByItsFirstSubmissionEvenWithALowScore() {
        AttemptResult low = submit(speak, Map.of("text", "sumimasen", "self_score", 0.2));
        AttemptResult again = submit(speak, Map.of("text", "sumimasen", "self_score", 1.0));

        assertThat(List.of(low.correct(), low.xpAwarded())).containsExactly(false, 20);
        assertThat(low.correctAnswer()).isEmpty();
        assertThat(again.xpAwarded()).isZero();
        assertThat(eventTypes()).containsExactly("learner.enrolled", "training.completed");
    }

    @Test
    void onlyPublishedItemsOfTheLearnersOrganizationCanBeAnsweredAndNothingIsRecordedOtherwise() {
        CourseId draft = seed.course(org, 110, CourseStatus.DRAFT);
        TrainingItem drafted = seed.item(org, 410, seed.training(org, 310, seed.lesson(org, 210, draft, 1), 1), 1);
        CourseId theirs = seed.course(otherOrg, 120, CourseStatus.PUBLISHED);
        TrainingItem foreign = seed.item(otherOrg, 420, seed.training(otherOrg, 320, seed.lesson(otherOrg, 220, theirs, 1), 1), 1);

        for (TrainingItemId item : List.of(drafted.id(), foreign.id(), new TrainingItemId(999))) {
            assertThatThrownBy(() -> attempts.submit(org, ada, item, RIGHT, 1_000))
                    .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo("training_item.not_found"));
        }
        assertThatThrownBy(() -> attempts.submit(org, new LearnerId(21), first.id(), RIGHT, 1_000)).isInstanceOf(NotFound.class);
        assertThat(adapters.attempts().activities(org, ada)).isEmpty();
        assertThat(adapters.recordedEvents()).isEmpty();
    }

    @Test
    void anAnswerOfTheWrongShapeOrAnImpossibleDurationIsRefusedNamingTheField() {
        Map<Object, String> refusals = Map.of(
                Map.of("choice_index", "1"), "answer.choice_index",
                Map.of("choice_index", 7), "answer.choice_index",
                Map.of("text", "dog"), "answer.choice_index",
                "dog", "answer");
        refusals.forEach((answer, field) -> assertThatThrownBy(() -> submit(first, answer))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field)));
        assertThatThrownBy(() -> submit(first, null)).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("answer"));
        assertThatThrownBy(() -> attempts.submit(org, ada, first.id(), RIGHT, -1))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("duration_ms"));
        assertThat(adapters.attempts().activities(org, ada)).isEmpty();
    }

    @Test
    void aSkillsLevelChangesWhenItIsFirstDemonstratedAndTheOverallLevelWhenThreeSkillsAre() {
        for (int i = 0; i < 4; i++) {
            submit(first, RIGHT);
        }
        assertThat(eventTypes()).doesNotContain("cefr.level_changed");

        submit(first, RIGHT);

        RecordedEvent changed = adapters.recordedEvents().getLast();
        assertThat(changed.type()).isEqualTo("cefr.level_changed");
        Map<String, Object> expected = new HashMap<>();
        expected.put("user_id", 11L);
        expected.put("skill", "reading");
        expected.put("from", null);
        expected.put("to", "B1");
        assertThat(changed.data()).isEqualTo(expected);
    }

    @Test
    void daysAreTheLearnersLocalDaysAndSevenInARowUnlockAStreak() {
        adapters.users().changeTimeZone(org, new UserId(11), new TimeZoneName("Asia/Tokyo"));
        clock.set(Instant.parse("2024-03-01T16:00:00Z"));
        for (int day = 0; day < 7; day++) {
            submit(first, WRONG);
            clock.advance(Duration.ofDays(1));
        }

        assertThat(adapters.learnerActivity().days(org, ada, LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31")).keySet())
                .containsExactly(LocalDate.parse("2024-03-02"), LocalDate.parse("2024-03-03"), LocalDate.parse("2024-03-04"),
                        LocalDate.parse("2024-03-05"), LocalDate.parse("2024-03-06"), LocalDate.parse("2024-03-07"),
                        LocalDate.parse("2024-03-08"));
        assertThat(adapters.achievements().unlocked(org, ada)).isEqualTo(Map.of(Achievement.STREAK_7, Instant.parse("2024-03-07T16:00:00Z")));
        assertThat(eventTypes().stream().filter("achievement.unlocked"::equals)).hasSize(1);
    }

    @Test
    void aHundredCompletedItemsUnlockItems100AtTheHundredth() {
        TrainingId many = seed.training(org, 303, seed.lesson(org, 203, new CourseId(100), 3), 1);
        for (int i = 0; i < 100; i++) {
            TrainingItem item = seed.item(org, 1_000 + i, many, i + 1);
            clock.advance(Duration.ofSeconds(1));
            submit(item, RIGHT);
        }

        assertThat(adapters.achievements().unlocked(org, ada)).containsEntry(Achievement.ITEMS_100, clock.instant());
    }
}
