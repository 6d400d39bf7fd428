package dev.parley.application.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.LearningSeed;
import dev.parley.application.contract.ProgressSeed;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.learning.port.in.LearningInsightsView;
import dev.parley.application.learning.port.in.MissedItemView;
import dev.parley.application.learning.port.in.RecommendedLesson;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.Course;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.Title;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.exercise.ItemType;
import dev.parley.domain.learning.progress.ItemCount;
import dev.parley.domain.learning.progress.NextLesson.Reason;
import dev.parley.domain.learning.progress.SkillRanking.SkillAccuracy;
import dev.parley.domain.learning.progress.WeekOverWeek;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.TimeZoneName;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LearningInsightsServiceTest {
    private static final Map<String, Object> RIGHT = Map.of("choice_index", 1);
    private static final Map<String, Object> WRONG = Map.of("choice_index", 0);

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-13T10:00:00Z"));
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final AttemptService attempts = new AttemptService(adapters.progress(), adapters.trainingItems(), adapters.transactions(),
            adapters.outbox(), new SequentialIdGenerator(5_000), clock);
    private final LearningInsightsService insights = new LearningInsightsService(adapters.progress(), adapters.learnerInsights(),
            adapters.lessons(), clock);
    private final ProgressSeed seed = new ProgressSeed(adapters);
    private OrganizationId org;
    private LearnerId ada;
    private CourseId japanese;
    private LessonId greetings;
    private LessonId station;
    private TrainingId words;
    private TrainingItem hello;
    private TrainingItem thanks;
    private TrainingItem ticket;

    @BeforeEach
    void seed() {
        org = seed.organization(1, "acme");
        ada = seed.learner(org, 11);
        japanese = seed.course(org, 100, CourseStatus.PUBLISHED);
        greetings = seed.lesson(org, 200, japanese, 1);
        station = seed.lesson(org, 201, japanese, 2);
        words = seed.training(org, 300, greetings, 1);
        hello = seed.item(org, 400, words, 1, Skill.READING, CefrLevel.A1);
        thanks = seed.item(org, 401, words, 2, Skill.LISTENING, CefrLevel.A1);
        ticket = seed.item(org, 402, seed.training(org, 301, station, 1), 1, Skill.GRAMMAR, CefrLevel.A2);
    }

    private void answer(TrainingItem item, Map<String, Object> answer, int times) {
        for (int i = 0; i < times; i++) {
            clock.advance(Duration.ofSeconds(1));
            attempts.submit(org, ada, item.id(), answer, 1_000);
        }
    }

    @Test
    void aLearnerWithoutActivityIsToldToStartTheFirstPublishedCourseWithNothingElseToShow() {
        seed.course(org, 50, CourseStatus.DRAFT);

        LearningInsightsView view = insights.insights(org, ada);

        assertThat(view.learner()).isEqualTo(ada);
        assertThat(view.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(view.skills().strongest()).isEmpty();
        assertThat(view.skills().weakest()).isEmpty();
        assertThat(view.mostMissed()).isEmpty();
        assertThat(view.nextLesson()).contains(new RecommendedLesson(greetings, japanese, new Title("Course 100"), new Title("Lesson 200"),
                new Position(1), new ItemCount(0, 2), Reason.START));
        assertThat(view.minutes()).isEqualTo(new WeekOverWeek(0, 0));
        assertThat(view.minutes().changePercent()).isEmpty();
    }

    @Test
    void skillsWithFiveAttemptsOrMoreAreRankedOverEveryLevel() {
        TrainingItem readingB1 = seed.item(org, 403, words, 3, Skill.READING, CefrLevel.B1);
        answer(hello, RIGHT, 3);
        answer(readingB1, RIGHT, 2);
        answer(thanks, WRONG, 4);
        answer(thanks, RIGHT, 1);
        answer(ticket, RIGHT, 4);

        LearningInsightsView view = insights.insights(org, ada);

        assertThat(view.skills().strongest()).containsExactly(new SkillAccuracy(Skill.READING, 5, 5));
        assertThat(view.skills().weakest()).containsExactly(new SkillAccuracy(Skill.LISTENING, 5, 1));
    }

    @Test
    void theMostMissedItemsShowTheirPromptAndPlaceButNeverTheirSolution() {
        TrainingItem card = LearningSeed.item(org, 404, words, LearningSeed.EXERCISES.get(ItemType.FLASHCARD), 4, clock.instant());
        adapters.trainingItems().save(card);
        answer(thanks, WRONG, 3);
        answer(thanks, RIGHT, 1);
        answer(hello, WRONG, 1);
        clock.advance(Duration.ofSeconds(1));
        attempts.submit(org, ada, card.id(), Map.of("known", false), 1_000);
        answer(ticket, RIGHT, 1);

        assertThat(insights.insights(org, ada).mostMissed())
                .extracting(MissedItemView::item, MissedItemView::training, MissedItemView::lesson, MissedItemView::course,
                        MissedItemView::type, MissedItemView::skill, MissedItemView::prompt, MissedItemView::attempts,
                        MissedItemView::misses, MissedItemView::completed)
                .containsExactly(
                        tuple(thanks.id(), words, greetings, japanese, ItemType.MULTIPLE_CHOICE, Skill.LISTENING,
                                Optional.of("「犬」は英語で?"), 4, 3, true),
                        tuple(card.id(), words, greetings, japanese, ItemType.FLASHCARD, Skill.VOCABULARY, Optional.of("ありがとう"), 1, 1,
                                false),
                        tuple(hello.id(), words, greetings, japanese, ItemType.MULTIPLE_CHOICE, Skill.READING,
                                Optional.of("「犬」は英語で?"), 1, 1, false));
    }

    @Test
    void theNextLessonContinuesTheCourseAndMovesOnOnceALessonIsCompleted() {
        answer(hello, WRONG, 1);

        assertThat(insights.insights(org, ada).nextLesson()).contains(new RecommendedLesson(greetings, japanese, new Title("Course 100"),
                new Title("Lesson 200"), new Position(1), new ItemCount(0, 2), Reason.CONTINUE));

        answer(hello, RIGHT, 1);
        answer(thanks, RIGHT, 1);

        assertThat(insights.insights(org, ada).nextLesson()).contains(new RecommendedLesson(station, japanese, new Title("Course 100"),
                new Title("Lesson 201"), new Position(2), new ItemCount(0, 1), Reason.CONTINUE));
    }

    @Test
    void theMostRecentlyActiveCourseComesFirstAndAFinishedOrUnpublishedOneIsLeftForTheNextToStart() {
        CourseId french = seed.course(org, 110, CourseStatus.PUBLISHED);
        LessonId bonjour = seed.lesson(org, 210, french, 1);
        TrainingItem salut = seed.item(org, 410, seed.training(org, 310, bonjour, 1), 1);
        CourseId korean = seed.course(org, 120, CourseStatus.PUBLISHED);
        LessonId annyeong = seed.lesson(org, 220, korean, 3);
        seed.item(org, 420, seed.training(org, 320, annyeong, 1), 1);
        answer(hello, WRONG, 1);
        answer(salut, WRONG, 1);

        assertThat(insights.insights(org, ada).nextLesson()).map(RecommendedLesson::lesson).contains(bonjour);

        answer(salut, RIGHT, 1);

        assertThat(insights.insights(org, ada).nextLesson()).map(RecommendedLesson::lesson).contains(greetings);

        Course course = adapters.courses().find(org, japanese).orElseThrow();
        course.changeStatus(CourseStatus.ARCHIVED, clock.instant());
        adapters.courses().save(course);

        assertThat(insights.insights(org, ada).nextLesson()).contains(new RecommendedLesson(annyeong, korean, new Title("Course 120"),
                new Title("Lesson 220"), new Position(3), new ItemCount(0, 1), Reason.START));
    }

    @Test
    void nothingIsRecommendedWhenEveryPublishedCourseIsDone() {
        answer(hello, RIGHT, 1);
        answer(thanks, RIGHT, 1);
        answer(ticket, RIGHT, 1);

        assertThat(insights.insights(org, ada).nextLesson()).isEmpty();
    }

    @Test
    void minutesAreCountedInTheLearnersOwnWeeks() {
        adapters.users().changeTimeZone(org, new UserId(11), new TimeZoneName("Asia/Tokyo"));
        clock.set(Instant.parse("2024-03-10T14:30:00Z"));
        attempts.submit(org, ada, hello.id(), WRONG, 30 * 60_000);
        clock.set(Instant.parse("2024-03-10T15:30:00Z"));
        attempts.submit(org, ada, hello.id(), RIGHT, 40 * 60_000);
        attempts.submit(org, ada, thanks.id(), RIGHT, 2 * 60_000 + 30_000);

        LearningInsightsView view = insights.insights(org, ada);

        assertThat(view.zone()).isEqualTo(ZoneId.of("Asia/Tokyo"));
        assertThat(view.minutes()).isEqualTo(new WeekOverWeek(43, 30));
        assertThat(view.minutes().changePercent()).contains(43L);
        clock.set(Instant.parse("2024-03-17T15:00:00Z"));
        assertThat(insights.insights(org, ada).minutes()).isEqualTo(new WeekOverWeek(0, 43));
        assertThat(insights.insights(org, ada).minutes().changePercent()).contains(-100L);
    }

    @Test
    void aPersonOfAnotherOrganizationIsNotFound() {
        OrganizationId other = seed.organization(2, "globex");
        LearnerId stranger = seed.learner(other, 21);

        assertThatThrownBy(() -> insights.insights(org, stranger)).isInstanceOfSatisfying(NotFound.class,
                e -> assertThat(e.code()).isEqualTo("user.not_found"));
        assertThatThrownBy(() -> insights.insights(other, ada)).isInstanceOf(NotFound.class);
    }
}
