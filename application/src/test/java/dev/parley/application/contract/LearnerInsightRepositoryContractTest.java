package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.application.learning.port.out.CourseHeading;
import dev.parley.application.learning.port.out.ItemPlacement;
import dev.parley.application.learning.port.out.LearnerInsightRepository;
import dev.parley.application.learning.port.out.MissedItem;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Title;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.exercise.ItemAnswer;
import dev.parley.domain.learning.exercise.ItemType;
import dev.parley.domain.learning.progress.ActivityTotals;
import dev.parley.domain.learning.progress.Attempt;
import dev.parley.domain.learning.progress.AttemptId;
import dev.parley.domain.learning.progress.CourseProgress.Completions;
import dev.parley.domain.learning.progress.LocalPeriods;
import dev.parley.domain.learning.progress.MostMissed.ItemMisses;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LearnerInsightRepository} must do: the most-missed items in order with where they sit, the published
 * courses a learner is enrolled in by their latest activity, the first course to start, and the week totals.
 */
public abstract class LearnerInsightRepositoryContractTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private Adapters adapters;
    private LearnerInsightRepository insights;
    private ProgressSeed seed;
    private OrganizationId org;
    private OrganizationId otherOrg;
    private LearnerId ada;
    private LearnerId bo;
    private CourseId course;
    private LessonId greetings;
    private LessonId station;
    private TrainingId words;
    private TrainingItem hello;
    private TrainingItem thanks;
    private TrainingItem ticket;
    private TrainingItem card;
    private long attemptIds = 1;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        adapters = adapters();
        seed = new ProgressSeed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        ada = seed.learner(org, 11);
        bo = seed.learner(org, 12);
        seed.learner(otherOrg, 21);
        course = seed.course(org, 100, CourseStatus.PUBLISHED);
        greetings = seed.lesson(org, 200, course, 1);
        station = seed.lesson(org, 201, course, 2);
        words = seed.training(org, 300, greetings, 1);
        hello = seed.item(org, 400, words, 1);
        thanks = seed.item(org, 401, words, 2);
        TrainingId tickets = seed.training(org, 301, station, 1);
        ticket = seed.item(org, 402, tickets, 1);
        card = LearningSeed.item(org, 403, tickets, LearningSeed.EXERCISES.get(ItemType.FLASHCARD), 2, T0);
        adapters.trainingItems().save(card);
        insights = adapters.learnerInsights();
    }

    private void answer(LearnerId learner, TrainingItem item, boolean right, Instant at) {
        answer(learner, item, right, 60_000, at);
    }

    private void answer(LearnerId learner, TrainingItem item, boolean right, long durationMs, Instant at) {
        ItemAnswer answer = item.type() == ItemType.FLASHCARD ? new ItemAnswer.Flashcard(right) : new ItemAnswer.MultipleChoice(right ? 1 : 0);
        Attempt attempt = Attempt.grade(new AttemptId(attemptIds++), learner, item, answer, durationMs, false, at);
        adapters.transactions().run(() -> {
            adapters.learnerActivity().lock(org, learner);
            adapters.learnerActivity().record(attempt, LocalPeriods.of(at, BERLIN));
        });
    }

    private void complete(LearnerId learner, TrainingItem item, Instant at) {
        ItemPlacement placement = adapters.courseOutlines().placement(org, item.id()).orElseThrow();
        adapters.completions().record(org, learner, adapters.courseOutlines().scope(org, placement), item.id(), false,
                new Completions(false, true, List.of(), Optional.empty(), false), at);
    }

    @Test
    void the_most_missed_items_come_first_then_the_latest_then_by_id_with_where_they_sit() {
        answer(ada, hello, false, T0);
        answer(ada, hello, false, T0.plusSeconds(1));
        answer(ada, hello, true, T0.plusSeconds(2));
        complete(ada, hello, T0.plusSeconds(2));
        answer(ada, thanks, false, T0.plusSeconds(3));
        answer(ada, card, false, T0.plusSeconds(10));
        answer(ada, ticket, false, T0.plusSeconds(3));
        answer(bo, ticket, false, T0.plusSeconds(20));
        answer(bo, ticket, false, T0.plusSeconds(21));

        List<MissedItem> missed = insights.mostMissedItems(org, ada, 5);

        assertThat(missed).extracting(MissedItem::misses).containsExactly(
                new ItemMisses(hello.id(), 3, 2, T0.plusSeconds(2)),
                new ItemMisses(card.id(), 1, 1, T0.plusSeconds(10)),
                new ItemMisses(thanks.id(), 1, 1, T0.plusSeconds(3)),
                new ItemMisses(ticket.id(), 1, 1, T0.plusSeconds(3)));
        assertThat(missed).extracting(m -> m.item().id(), m -> m.item().trainingId(), MissedItem::lesson, MissedItem::course,
                MissedItem::completed).containsExactly(
                tuple(hello.id(), words, greetings, course, true),
                tuple(card.id(), card.trainingId(), station, course, false),
                tuple(thanks.id(), words, greetings, course, false),
                tuple(ticket.id(), ticket.trainingId(), station, course, false));
        assertThat(missed.get(1).item().exercise()).isEqualTo(card.exercise());
        assertThat(insights.mostMissedItems(org, ada, 2)).extracting(m -> m.item().id()).containsExactly(hello.id(), card.id());
    }

    @Test
    void items_never_missed_and_deleted_items_are_left_out_and_another_organization_sees_nothing() {
        answer(ada, hello, true, T0);
        answer(ada, thanks, false, T0);
        answer(ada, ticket, false, T0.plusSeconds(1));

        adapters.trainingItems().delete(org, ticket.id());

        assertThat(insights.mostMissedItems(org, ada, 5)).extracting(m -> m.item().id()).containsExactly(thanks.id());
        assertThat(insights.mostMissedItems(otherOrg, ada, 5)).isEmpty();
        assertThat(insights.mostMissedItems(org, bo, 5)).isEmpty();
    }

    @Test
    void enrolments_in_published_courses_run_from_the_latest_activity() {
        CourseId archived = seed.course(org, 101, CourseStatus.PUBLISHED);
        CourseId older = seed.course(org, 102, CourseStatus.PUBLISHED);
        CourseId tied = seed.course(org, 103, CourseStatus.PUBLISHED);
        adapters.completions().recordActivity(org, ada, course, T0);
        adapters.completions().recordActivity(org, ada, older, T0.plusSeconds(50));
        adapters.completions().recordActivity(org, ada, tied, T0.minusSeconds(10));
        adapters.completions().recordActivity(org, ada, archived, T0.plusSeconds(90));
        adapters.completions().recordActivity(org, ada, course, T0.plusSeconds(60));
        adapters.completions().recordActivity(org, ada, tied, T0.plusSeconds(50));
        adapters.completions().recordActivity(org, ada, older, T0.plusSeconds(5));
        adapters.completions().recordActivity(org, bo, older, T0.plusSeconds(500));
        var course101 = adapters.courses().find(org, archived).orElseThrow();
        course101.changeStatus(CourseStatus.ARCHIVED, T0);
        adapters.courses().save(course101);

        assertThat(insights.publishedEnrolments(org, ada)).containsExactly(new CourseHeading(course, new Title("Course 100")),
                new CourseHeading(older, new Title("Course 102")), new CourseHeading(tied, new Title("Course 103")));
        assertThat(insights.publishedEnrolments(otherOrg, ada)).isEmpty();
        assertThat(insights.publishedEnrolments(org, new LearnerId(99))).isEmpty();
    }

    @Test
    void the_course_to_start_is_the_oldest_published_one_with_items_the_learner_is_not_enrolled_in() {
        seed.course(org, 50, CourseStatus.DRAFT);
        seed.item(org, 450, seed.training(org, 350, seed.lesson(org, 250, new CourseId(50), 1), 1), 1);
        CourseId empty = seed.course(org, 60, CourseStatus.PUBLISHED);
        seed.training(org, 360, seed.lesson(org, 260, empty, 1), 1);
        CourseId later = seed.course(org, 120, CourseStatus.PUBLISHED);
        seed.item(org, 420, seed.training(org, 320, seed.lesson(org, 220, later, 1), 1), 1);
        seed.course(otherOrg, 70, CourseStatus.PUBLISHED);
        seed.item(otherOrg, 470, seed.training(otherOrg, 370, seed.lesson(otherOrg, 270, new CourseId(70), 1), 1), 1);

        assertThat(insights.firstCourseToStart(org, ada)).contains(new CourseHeading(course, new Title("Course 100")));
        adapters.completions().recordActivity(org, ada, course, T0);
        assertThat(insights.firstCourseToStart(org, ada)).contains(new CourseHeading(later, new Title("Course 120")));
        assertThat(insights.firstCourseToStart(org, bo)).contains(new CourseHeading(course, new Title("Course 100")));
        adapters.completions().recordActivity(org, ada, later, T0);
        assertThat(insights.firstCourseToStart(org, ada)).isEmpty();
        CourseId olderWithHigherId = new CourseId(130);
        CourseId newerWithLowerId = new CourseId(90);
        adapters.courses().save(LearningSeed.course(org, 130, LearningSeed.details("c-130", "Older", "en", CefrLevel.A1),
                CourseStatus.PUBLISHED, T0.minusSeconds(60)));
        adapters.courses().save(LearningSeed.course(org, 90, LearningSeed.details("c-90", "Newer", "en", CefrLevel.A1),
                CourseStatus.PUBLISHED, T0.plusSeconds(60)));
        seed.item(org, 490, seed.training(org, 390, seed.lesson(org, 290, newerWithLowerId, 1), 1), 1);
        seed.item(org, 431, seed.training(org, 331, seed.lesson(org, 231, olderWithHigherId, 1), 1), 1);
        assertThat(insights.firstCourseToStart(org, ada)).contains(new CourseHeading(olderWithHigherId, new Title("Older")));
        assertThat(insights.firstCourseToStart(otherOrg, ada)).contains(new CourseHeading(new CourseId(70), new Title("Course 70")));
    }

    @Test
    void week_totals_are_read_by_their_monday_within_the_range() {
        Instant mondayJustAfterMidnightInBerlin = Instant.parse("2024-03-17T23:30:00Z");
        answer(ada, hello, true, 90_000, mondayJustAfterMidnightInBerlin);
        answer(ada, thanks, false, 30_000, mondayJustAfterMidnightInBerlin.minusSeconds(3_600));
        answer(ada, ticket, true, 45_000, Instant.parse("2024-03-05T10:00:00Z"));
        answer(ada, card, true, 10_000, Instant.parse("2024-02-20T10:00:00Z"));

        assertThat(insights.weeks(org, ada, LocalDate.parse("2024-03-04"), LocalDate.parse("2024-03-18"))).isEqualTo(Map.of(
                LocalDate.parse("2024-03-04"), new ActivityTotals(15, 1, 1, 1, 45_000, Optional.of(Instant.parse("2024-03-05T10:00:00Z"))),
                LocalDate.parse("2024-03-11"), new ActivityTotals(0, 1, 0, 0, 30_000, Optional.of(mondayJustAfterMidnightInBerlin.minusSeconds(3_600))),
                LocalDate.parse("2024-03-18"), new ActivityTotals(15, 1, 1, 1, 90_000, Optional.of(mondayJustAfterMidnightInBerlin))));
        assertThat(insights.weeks(org, ada, LocalDate.parse("2024-03-11"), LocalDate.parse("2024-03-11"))).hasSize(1);
        assertThat(insights.weeks(otherOrg, ada, LocalDate.parse("2000-01-03"), LocalDate.parse("2100-01-04"))).isEmpty();
        assertThat(insights.weeks(org, bo, LocalDate.parse("2000-01-03"), LocalDate.parse("2100-01-04"))).isEmpty();
    }
}
