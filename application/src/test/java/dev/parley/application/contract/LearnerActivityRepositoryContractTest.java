package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.learning.port.out.ItemTally;
import dev.parley.application.learning.port.out.LearnerActivityRepository;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.progress.ActivityCalendar;
import dev.parley.domain.learning.progress.ActivityTotals;
import dev.parley.domain.learning.progress.Attempt;
import dev.parley.domain.learning.progress.CefrEstimator.LevelCount;
import dev.parley.domain.learning.progress.LocalPeriods;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LearnerActivityRepository} must do: sum attempts overall, per local day, per skill and level, and per item. */
public abstract class LearnerActivityRepositoryContractTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

    private Adapters adapters;
    private LearnerActivityRepository activity;
    private ProgressSeed seed;
    private OrganizationId org;
    private OrganizationId otherOrg;
    private LearnerId ada;
    private LearnerId rival;
    private TrainingItem reading;
    private TrainingItem grammar;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        adapters = adapters();
        seed = new ProgressSeed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        ada = seed.learner(org, 11);
        rival = seed.learner(otherOrg, 21);
        TrainingId training = seed.training(org, 300, seed.lesson(org, 200, seed.course(org, 100, CourseStatus.PUBLISHED), 1), 1);
        reading = seed.item(org, 400, training, 1, Skill.READING, CefrLevel.B1);
        grammar = seed.item(org, 401, training, 2, Skill.GRAMMAR, CefrLevel.A1);
        activity = adapters.learnerActivity();
    }

    private Attempt record(TrainingItem item, boolean right, boolean alreadyCompleted, Instant at) {
        Attempt attempt = seed.attempt(ada, item, right, alreadyCompleted, 10_000, at);
        adapters.transactions().run(() -> {
            activity.lock(org, ada);
            activity.record(attempt, LocalPeriods.of(at, TOKYO));
        });
        return attempt;
    }

    @Test
    void attempts_add_up_overall_per_local_day_per_skill_and_level_and_per_item() {
        Instant lateEvening = Instant.parse("2024-03-15T14:30:00Z");
        List<Attempt> recorded = new ArrayList<>(List.of(
                record(reading, false, false, lateEvening),
                record(reading, true, false, lateEvening.plusSeconds(10)),
                record(reading, true, true, lateEvening.plusSeconds(20)),
                record(grammar, true, false, lateEvening.plusSeconds(3_600))));

        assertThat(activity.totals(org, ada)).isEqualTo(new ActivityTotals(30, 4, 3, 2, 40_000, Optional.of(lateEvening)));
        assertThat(activity.days(org, ada, LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31"))).isEqualTo(Map.of(
                LocalDate.parse("2024-03-15"), new ActivityTotals(15, 3, 2, 1, 30_000, Optional.of(lateEvening)),
                LocalDate.parse("2024-03-16"), new ActivityTotals(15, 1, 1, 1, 10_000, Optional.of(lateEvening.plusSeconds(3_600))))
        );
        assertThat(activity.days(org, ada, LocalDate.parse("2024-03-16"), LocalDate.parse("2024-03-16"))).hasSize(1);
        assertThat(activity.firstActivityOfEachDay(org, ada)).containsExactly(lateEvening, lateEvening.plusSeconds(3_600));
        assertThat(activity.skillLevels(org, ada)).containsExactlyInAnyOrder(new LevelCount(Skill.READING, CefrLevel.B1, 3, 2),
                new LevelCount(Skill.GRAMMAR, CefrLevel.A1, 1, 1));
        assertThat(activity.item(org, ada, reading.id())).isEqualTo(new ItemTally(reading.id(), 3, 1));
        assertThat(activity.item(org, ada, grammar.id())).isEqualTo(new ItemTally(grammar.id(), 1, 0));
        assertThat(recorded).extracting(Attempt::xpAwarded).containsExactly(0, 15, 0, 15);
    }

    @Test
    void a_learner_without_activity_has_nothing_even_once_locked() {
        adapters.transactions().run(() -> activity.lock(org, ada));

        assertThat(activity.totals(org, ada)).isEqualTo(ActivityTotals.NONE);
        assertThat(activity.days(org, ada, LocalDate.parse("2000-01-01"), LocalDate.parse("2100-01-01"))).isEmpty();
        assertThat(activity.firstActivityOfEachDay(org, ada)).isEmpty();
        assertThat(activity.skillLevels(org, ada)).isEmpty();
        assertThat(activity.item(org, ada, reading.id())).isEqualTo(ItemTally.never(reading.id()));
    }

    @Test
    void a_calendar_replaces_the_days_and_keeps_the_totals() {
        Instant at = Instant.parse("2024-03-15T14:30:00Z");
        Attempt attempt = record(reading, true, false, at);
        ActivityCalendar inLosAngeles = ActivityCalendar.of(List.of(attempt.activity()), ZoneId.of("America/Los_Angeles"));

        adapters.transactions().run(() -> activity.replaceCalendar(org, ada, inLosAngeles));

        assertThat(activity.days(org, ada, LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-31")))
                .isEqualTo(Map.of(LocalDate.parse("2024-03-15"), new ActivityTotals(15, 1, 1, 1, 10_000, Optional.of(at))));
        adapters.transactions().run(() -> activity.replaceCalendar(org, ada, ActivityCalendar.of(List.of(), TOKYO)));
        assertThat(activity.firstActivityOfEachDay(org, ada)).isEmpty();
        assertThat(activity.totals(org, ada).xp()).isEqualTo(15);
    }

    @Test
    void an_items_tally_goes_with_the_item_and_the_rest_stays() {
        record(reading, false, false, T0);

        adapters.trainingItems().delete(org, reading.id());

        assertThat(activity.item(org, ada, reading.id())).isEqualTo(ItemTally.never(reading.id()));
        assertThat(activity.totals(org, ada).attempts()).isEqualTo(1);
        assertThat(activity.skillLevels(org, ada)).containsExactly(new LevelCount(Skill.READING, CefrLevel.B1, 1, 0));
    }

    @Test
    void another_organization_sees_nothing_and_cannot_record_for_a_stranger() {
        record(reading, true, false, T0);

        assertThat(activity.totals(otherOrg, ada)).isEqualTo(ActivityTotals.NONE);
        assertThat(activity.days(otherOrg, ada, LocalDate.parse("2000-01-01"), LocalDate.parse("2100-01-01"))).isEmpty();
        assertThat(activity.skillLevels(otherOrg, ada)).isEmpty();
        assertThat(activity.item(otherOrg, ada, reading.id()).attempts()).isZero();
        adapters.transactions().run(() -> activity.lock(org, rival));
        assertThat(activity.totals(org, rival)).isEqualTo(ActivityTotals.NONE);
        assertThatThrownBy(() -> activity.record(seed.attempt(rival, reading, true, false, 1, T0), LocalPeriods.of(T0, TOKYO)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("user_id"));
    }
}
