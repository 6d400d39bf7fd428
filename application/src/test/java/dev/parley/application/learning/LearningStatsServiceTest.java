package dev.parley.application.learning;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.ProgressSeed;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.learning.port.in.LearningCounts;
import dev.parley.application.learning.port.in.LearningStatsView;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LearningStatsServiceTest {
    private static final Map<String, Object> RIGHT = Map.of("choice_index", 1);
    private static final Map<String, Object> WRONG = Map.of("choice_index", 0);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-01T09:00:00Z"));
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final AttemptService attempts = new AttemptService(adapters.progress(), adapters.trainingItems(), adapters.transactions(),
            adapters.outbox(), new SequentialIdGenerator(5_000), clock);
    private final LearningStatsService stats = new LearningStatsService(adapters.learningStats(), clock);
    private final ProgressSeed seed = new ProgressSeed(adapters);
    private OrganizationId org;
    private OrganizationId otherOrg;
    private TrainingItem hello;
    private TrainingItem thanks;
    private TrainingItem theirs;

    @BeforeEach
    void seed() {
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        TrainingId words = seed.training(org, 102, seed.lesson(org, 101, seed.course(org, 100, CourseStatus.PUBLISHED), 1), 1);
        hello = seed.item(org, 111, words, 1);
        thanks = seed.item(org, 112, words, 2);
        seed.course(org, 200, CourseStatus.DRAFT);
        theirs = seed.item(otherOrg, 511, seed.training(otherOrg, 502, seed.lesson(otherOrg, 501, seed.course(otherOrg, 500,
                CourseStatus.PUBLISHED), 1), 1), 1);
    }

    @Test
    void anOrganizationWithoutAttemptsHasAnAccuracyOfZero() {
        seed.learner(org, 11);

        LearningStatsView view = stats.stats(org);

        assertThat(view.counts()).isEqualTo(new LearningCounts(1, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0));
        assertThat(view.accuracy()).isZero();
        assertThat(view.activeLearners7d()).isZero();
        assertThat(view.activeLearners30d()).isZero();
    }

    @Test
    void countsTheOrganizationsLearningWithItsAccuracyRoundedToFourDecimals() {
        LearnerId ada = seed.learner(org, 11);
        LearnerId bob = seed.learner(org, 12);
        LearnerId rival = seed.learner(otherOrg, 21);
        attempts.submit(org, ada, hello.id(), WRONG, 1_000);
        attempts.submit(org, ada, hello.id(), RIGHT, 1_000);
        attempts.submit(org, bob, thanks.id(), RIGHT, 1_000);
        attempts.submit(otherOrg, rival, theirs.id(), WRONG, 1_000);

        LearningStatsView view = stats.stats(org);

        assertThat(view.counts()).isEqualTo(new LearningCounts(2, 2, 1, 1, 2, 0, 0, 0, 3, 2, 30));
        assertThat(view.accuracy()).isEqualTo(0.6667);
        assertThat(stats.stats(otherOrg).accuracy()).isZero();
        assertThat(stats.stats(otherOrg).counts().attempts()).isEqualTo(1);
    }

    @Test
    void activeLearnersAreThoseWhoAnsweredInTheLastSevenAndThirtyDays() {
        LearnerId ada = seed.learner(org, 11);
        LearnerId bob = seed.learner(org, 12);
        LearnerId cleo = seed.learner(org, 13);
        attempts.submit(org, cleo, hello.id(), RIGHT, 1_000);
        clock.advance(Duration.ofDays(25));
        attempts.submit(org, bob, hello.id(), RIGHT, 1_000);
        clock.advance(Duration.ofDays(6));
        attempts.submit(org, ada, hello.id(), WRONG, 1_000);

        LearningStatsView view = stats.stats(org);
        assertThat(view.activeLearners7d()).isEqualTo(2);
        assertThat(view.activeLearners30d()).isEqualTo(2);

        clock.advance(Duration.ofDays(1).plusSeconds(1));
        assertThat(stats.stats(org).activeLearners7d()).isEqualTo(1);
        assertThat(stats.stats(org).activeLearners30d()).isEqualTo(2);
    }

    @Test
    void accuracyRoundsHalfUpToFourDecimals() {
        assertThat(LearningStatsService.accuracy(counts(51_234, 40_000))).isEqualTo(0.7807);
        assertThat(LearningStatsService.accuracy(counts(3, 1))).isEqualTo(0.3333);
        assertThat(LearningStatsService.accuracy(counts(20_000, 15_001))).isEqualTo(0.7501);
        assertThat(LearningStatsService.accuracy(counts(200_000, 150_001))).isEqualTo(0.7500);
        assertThat(LearningStatsService.accuracy(counts(80_000, 60_004))).isEqualTo(0.7501);
        assertThat(LearningStatsService.accuracy(counts(7, 7))).isEqualTo(1.0);
    }

    private static LearningCounts counts(long attempts, long correct) {
        return new LearningCounts(0, 0, 0, 0, 0, 0, 0, 0, attempts, correct, 0);
    }
}
