package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.learning.port.in.LearningCounts;
import dev.parley.application.learning.port.out.LearningStatsRepository;
import dev.parley.domain.identity.Role;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.progress.CompletionScope;
import dev.parley.domain.learning.progress.CourseProgress.Completions;
import dev.parley.domain.learning.progress.CourseProgress.LessonCompletion;
import dev.parley.domain.learning.progress.LocalPeriods;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link LearningStatsRepository} must do: count an organization's learners, content, enrolments, completions
 * and attempt totals, and its learners active since a moment, leaving every other organization out.
 */
public abstract class LearningStatsRepositoryContractTest {
    private static final Instant NOW = T0;

    private Adapters adapters;
    private ProgressSeed seed;
    private LearningStatsRepository stats;
    private OrganizationId org;
    private OrganizationId otherOrg;
    private LearnerId ada;
    private LearnerId bob;
    private LearnerId cleo;
    private LearnerId teacher;
    private CourseId published;
    private CourseId draft;
    private TrainingItem hello;
    private TrainingItem thanks;
    private TrainingItem ticket;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        adapters = adapters();
        seed = new ProgressSeed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        ada = seed.learner(org, 11);
        bob = seed.learner(org, 12);
        cleo = seed.learner(org, 13);
        teacher = person(org, 14, Role.INSTRUCTOR);
        person(org, 15, Role.ADMIN);
        published = seed.course(org, 100, CourseStatus.PUBLISHED);
        LessonId greetings = seed.lesson(org, 101, published, 1);
        TrainingId words = seed.training(org, 102, greetings, 1);
        hello = seed.item(org, 111, words, 1);
        thanks = seed.item(org, 112, words, 2);
        ticket = seed.item(org, 113, seed.training(org, 104, seed.lesson(org, 103, published, 2), 1), 1);
        draft = seed.course(org, 200, CourseStatus.DRAFT);
        seed.lesson(org, 201, draft, 1);
        seed.course(org, 300, CourseStatus.ARCHIVED);
        stats = adapters.learningStats();
    }

    private LearnerId person(OrganizationId in, long id, Role role) {
        new Seed(adapters).user(in, id, "person" + id + "@example.com", role);
        return new LearnerId(id);
    }

    private void answer(LearnerId learner, TrainingItem item, boolean right, Instant at) {
        adapters.transactions().run(() -> {
            adapters.learnerActivity().lock(item.organizationId(), learner);
            adapters.learnerActivity().record(seed.attempt(learner, item, right, false, 1_000, at), LocalPeriods.of(at, ZoneId.of("UTC")));
            adapters.completions().recordActivity(item.organizationId(), learner, published(item), at);
        });
    }

    private CourseId published(TrainingItem item) {
        return adapters.courseOutlines().placement(item.organizationId(), item.id()).orElseThrow().course();
    }

    /** Stores the item's completion with its training and lesson, and its course when {@code course} says so. */
    private void complete(LearnerId learner, TrainingItem item, boolean course) {
        OrganizationId in = item.organizationId();
        CompletionScope scope = adapters.courseOutlines().scope(in, adapters.courseOutlines().placement(in, item.id()).orElseThrow());
        adapters.completions().record(in, learner, scope, item.id(), true, new Completions(false, true, List.of(item.trainingId()),
                Optional.of(new LessonCompletion(scope.lesson(), true, NOW)), course), NOW);
    }

    @Test
    void an_organization_without_anything_counts_zero_everywhere() {
        OrganizationId empty = seed.organization(3, "initech");

        assertThat(stats.counts(empty)).isEqualTo(new LearningCounts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThat(stats.activeLearners(empty, NOW.minus(Duration.ofDays(30)))).isZero();
    }

    @Test
    void counts_learners_by_role_content_of_any_status_enrolments_completions_and_attempt_totals() {
        answer(ada, hello, true, NOW.minus(Duration.ofDays(1)));
        answer(ada, thanks, false, NOW.minus(Duration.ofDays(1)));
        answer(bob, hello, true, NOW.minus(Duration.ofDays(10)));
        answer(teacher, ticket, true, NOW.minus(Duration.ofHours(2)));
        complete(ada, hello, false);
        complete(teacher, ticket, true);

        assertThat(stats.counts(org)).isEqualTo(new LearningCounts(3, 3, 1, 3, 3, 2, 2, 1, 4, 3, 45));
    }

    @Test
    void active_learners_are_people_with_the_learner_role_whose_last_answer_came_at_or_after_the_moment() {
        Instant adaLast = NOW.minus(Duration.ofDays(1));
        answer(ada, hello, true, NOW.minus(Duration.ofDays(40)));
        answer(ada, thanks, false, adaLast);
        answer(bob, hello, true, NOW.minus(Duration.ofDays(10)));
        answer(teacher, ticket, true, NOW.minus(Duration.ofHours(2)));
        adapters.transactions().run(() -> adapters.learnerActivity().lock(org, cleo));

        assertThat(stats.activeLearners(org, NOW.minus(Duration.ofDays(7)))).isEqualTo(1);
        assertThat(stats.activeLearners(org, NOW.minus(Duration.ofDays(30)))).isEqualTo(2);
        assertThat(stats.activeLearners(org, adaLast)).isEqualTo(1);
        assertThat(stats.activeLearners(org, adaLast.plusNanos(1_000))).isZero();
        assertThat(stats.activeLearners(org, Instant.EPOCH)).isEqualTo(2);
    }

    @Test
    void another_organizations_people_content_and_activity_never_count() {
        LearnerId rival = seed.learner(otherOrg, 21);
        CourseId theirs = seed.course(otherOrg, 500, CourseStatus.PUBLISHED);
        TrainingItem theirItem = seed.item(otherOrg, 511, seed.training(otherOrg, 502, seed.lesson(otherOrg, 501, theirs, 1), 1), 1);
        answer(rival, theirItem, true, NOW);
        complete(rival, theirItem, true);
        answer(ada, hello, false, NOW);

        assertThat(stats.counts(org)).isEqualTo(new LearningCounts(3, 3, 1, 3, 1, 0, 0, 0, 1, 0, 0));
        assertThat(stats.counts(otherOrg)).isEqualTo(new LearningCounts(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 15));
        assertThat(stats.activeLearners(org, NOW)).isEqualTo(1);
        assertThat(stats.activeLearners(otherOrg, NOW)).isEqualTo(1);
    }

    @Test
    void deleted_content_takes_its_lessons_enrolments_and_completions_along_but_not_the_attempts() {
        answer(ada, hello, true, NOW);
        complete(ada, hello, true);

        adapters.courses().delete(org, draft);
        assertThat(stats.counts(org)).isEqualTo(new LearningCounts(3, 2, 1, 2, 1, 1, 1, 1, 1, 1, 15));

        adapters.courses().delete(org, published);
        assertThat(stats.counts(org)).isEqualTo(new LearningCounts(3, 1, 0, 0, 0, 0, 0, 0, 1, 1, 15));
    }
}
