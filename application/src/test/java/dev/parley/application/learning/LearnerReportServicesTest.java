package dev.parley.application.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.ProgressSeed;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.learning.port.in.GamificationStats;
import dev.parley.application.learning.port.in.HistoryRequest;
import dev.parley.application.learning.port.in.ProgressHistoryView;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.progress.Achievement;
import dev.parley.domain.learning.progress.CefrEstimator.Estimate;
import dev.parley.domain.learning.progress.CefrEstimator.LevelEvidence;
import dev.parley.domain.learning.progress.Granularity;
import dev.parley.domain.learning.progress.ProgressHistory.Bucket;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.TimeZoneName;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LearnerReportServicesTest {
    private static final Map<String, Object> RIGHT = Map.of("choice_index", 1);
    private static final Map<String, Object> WRONG = Map.of("choice_index", 0);

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-11T08:00:00Z"));
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final AttemptService attempts = new AttemptService(adapters.progress(), adapters.trainingItems(), adapters.transactions(),
            adapters.outbox(), new SequentialIdGenerator(5_000), clock);
    private final GamificationService gamification = new GamificationService(adapters.progress(), clock);
    private final ProgressHistoryService history = new ProgressHistoryService(adapters.progress(), clock);
    private final CefrReportService cefr = new CefrReportService(adapters.progress());
    private final ProgressSeed seed = new ProgressSeed(adapters);
    private OrganizationId org;
    private LearnerId ada;
    private final List<TrainingItem> items = new ArrayList<>();

    @BeforeEach
    void seed() {
        org = seed.organization(1, "acme");
        seed.organization(2, "globex");
        ada = seed.learner(org, 11);
        CourseId course = seed.course(org, 100, CourseStatus.PUBLISHED);
        LessonId lesson = seed.lesson(org, 200, course, 1);
        TrainingId training = seed.training(org, 300, lesson, 1);
        for (int i = 0; i < 12; i++) {
            items.add(seed.item(org, 400 + i, training, i + 1, i < 6 ? Skill.READING : Skill.LISTENING, CefrLevel.B1));
        }
    }

    private void answer(int item, Map<String, Object> answer) {
        attempts.submit(org, ada, items.get(item).id(), answer, 90_000);
    }

    @Test
    void aNewLearnerHasLevelOneNoStreakAnEmptyGoalAndNoAchievements() {
        GamificationStats stats = gamification.stats(org, ada);

        assertThat(stats.xp().totalXp()).isZero();
        assertThat(stats.xp().level()).isEqualTo(1);
        assertThat(stats.streak().current()).isZero();
        assertThat(stats.dailyGoal().earnedXp()).isZero();
        assertThat(stats.dailyGoal().day()).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(stats.achievements()).isEmpty();
    }

    @Test
    void xpStreaksAndTodaysGoalFollowTheLearnersLocalDays() {
        adapters.users().changeTimeZone(org, new UserId(11), new TimeZoneName("Asia/Tokyo"));
        for (int day = 0; day < 7; day++) {
            answer(day, RIGHT);
            clock.advance(Duration.ofDays(1));
        }
        clock.set(Instant.parse("2024-03-17T20:00:00Z"));
        answer(7, RIGHT);

        GamificationStats stats = gamification.stats(org, ada);

        assertThat(stats.xp().totalXp()).isEqualTo(8 * 15);
        assertThat(stats.xp().level()).isEqualTo(2);
        assertThat(stats.streak().current()).isEqualTo(8);
        assertThat(stats.streak().activeToday()).isTrue();
        assertThat(stats.dailyGoal().day()).isEqualTo(LocalDate.of(2024, 3, 18));
        assertThat(stats.dailyGoal().earnedXp()).isEqualTo(15);
        assertThat(stats.achievements()).containsKey(Achievement.STREAK_7);

        clock.advance(Duration.ofDays(2));
        GamificationStats later = gamification.stats(org, ada);
        assertThat(later.streak().current()).isZero();
        assertThat(later.streak().longest()).isEqualTo(8);
        assertThat(later.dailyGoal().earnedXp()).isZero();
    }

    @Test
    void historyDefaultsToThirtyLocalDaysEndingTodayWithEveryDayPresent() {
        answer(0, RIGHT);
        clock.advance(Duration.ofDays(2));
        answer(1, WRONG);
        answer(1, RIGHT);

        ProgressHistoryView view = history.history(org, ada, new HistoryRequest(Optional.empty(), Optional.empty(), Granularity.DAY));

        assertThat(view.range().to()).isEqualTo(LocalDate.of(2024, 3, 13));
        assertThat(view.buckets()).hasSize(30);
        assertThat(view.buckets().get(27)).isEqualTo(new Bucket(LocalDate.of(2024, 3, 11), 15, 1, 90_000));
        assertThat(view.buckets().get(28).xp()).isZero();
        assertThat(view.buckets().get(29)).isEqualTo(new Bucket(LocalDate.of(2024, 3, 13), 15, 1, 180_000));
    }

    @Test
    void weeksStartOnTheLearnersLocalMonday() {
        adapters.users().changeTimeZone(org, new UserId(11), new TimeZoneName("America/Los_Angeles"));
        clock.set(Instant.parse("2024-03-11T05:00:00Z"));
        answer(0, RIGHT);

        ProgressHistoryView view = history.history(org, ada, new HistoryRequest(Optional.of(LocalDate.of(2024, 3, 1)),
                Optional.of(LocalDate.of(2024, 3, 17)), Granularity.WEEK));

        assertThat(view.buckets()).extracting(Bucket::date, Bucket::xp).containsExactly(
                tuple(LocalDate.of(2024, 2, 26), 0L),
                tuple(LocalDate.of(2024, 3, 4), 15L),
                tuple(LocalDate.of(2024, 3, 11), 0L));
    }

    @Test
    void theCefrReportShowsEvidenceAndEstimatesOnlyWhatWasDemonstrated() {
        for (int i = 0; i < 6; i++) {
            answer(i, i < 5 ? RIGHT : WRONG);
        }
        answer(6, RIGHT);

        Estimate estimate = cefr.report(org, ada).estimate();

        assertThat(estimate.skill(Skill.READING).level()).contains(CefrLevel.B1);
        assertThat(estimate.skill(Skill.READING).evidence()).containsExactly(new LevelEvidence(CefrLevel.B1, 6, 5));
        assertThat(estimate.skill(Skill.LISTENING).level()).isEmpty();
        assertThat(estimate.skill(Skill.LISTENING).evidence()).containsExactly(new LevelEvidence(CefrLevel.B1, 1, 1));
        assertThat(estimate.skill(Skill.SPEAKING).evidence()).isEmpty();
        assertThat(estimate.overall()).isEmpty();
    }

    @Test
    void anotherOrganizationsLearnerIsNotFoundByEveryReport() {
        OrganizationId globex = new OrganizationId(2);
        assertThatThrownBy(() -> gamification.stats(globex, ada)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> history.history(globex, ada, new HistoryRequest(Optional.empty(), Optional.empty(), Granularity.DAY)))
                .isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> cefr.report(globex, ada)).isInstanceOf(NotFound.class);
    }
}
