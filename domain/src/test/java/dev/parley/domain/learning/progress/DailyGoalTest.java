package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.CefrLevel;
import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.learning.progress.DailyGoal.Progress;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class DailyGoalTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final Instant START = Instant.parse("2024-03-08T00:00:00Z");

    private static AttemptFact xp(int xp, Instant at) {
        return new AttemptFact(Skill.VOCABULARY, CefrLevel.A1, true, 1, xp, 5_000, at, 1);
    }

    private static Instant local(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    record Scenario(ZoneId zone, List<AttemptFact> facts, Instant now) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<AttemptFact>> facts = ProgressArbitraries.attempts(ProgressArbitraries.instantsWithin(START, 4),
                Arbitraries.longs().between(1, 50)).list().ofMaxSize(30);
        return Combinators.combine(ProgressArbitraries.zones(), facts, ProgressArbitraries.instantsWithin(START, 4))
                .as(Scenario::new);
    }

    @Property
    void countsExactlyTheXpEarnedOnTheLearnersLocalDay(@ForAll("scenarios") Scenario scenario,
                                                      @ForAll @IntRange(min = 1, max = 200) int target) {
        LocalDate today = scenario.now().atZone(scenario.zone()).toLocalDate();
        long expected = scenario.facts().stream().filter(f -> f.at().atZone(scenario.zone()).toLocalDate().equals(today))
                .mapToLong(AttemptFact::xpAwarded).sum();

        Progress progress = new DailyGoal(target).progress(scenario.facts(), scenario.zone(), scenario.now());

        assertThat(progress).isEqualTo(new Progress(today, expected, target));
        assertThat(progress.met()).isEqualTo(expected >= target);
        assertThat(progress.remainingXp()).isEqualTo(Math.max(0, target - expected));
        assertThat(progress.fraction()).isBetween(0.0, 1.0);
        assertThat(progress.fraction() == 1.0).isEqualTo(progress.met());
    }

    @Property
    void attemptsOnOtherLocalDaysChangeNothing(@ForAll("scenarios") Scenario scenario, @ForAll @IntRange(min = 1, max = 40) int days,
                                             @ForAll boolean before) {
        Instant otherDay = scenario.now().atZone(scenario.zone()).plusDays(before ? -days : days).toInstant();
        List<AttemptFact> more = Stream.concat(scenario.facts().stream(), Stream.of(xp(30, otherDay))).toList();

        assertThat(DailyGoal.standard().progress(more, scenario.zone(), scenario.now()))
                .isEqualTo(DailyGoal.standard().progress(scenario.facts(), scenario.zone(), scenario.now()));
    }

    @Example
    void theDayRunsFromLocalMidnightToLocalMidnight() {
        List<AttemptFact> facts = List.of(xp(20, local(TOKYO, "2024-03-15T23:59")), xp(30, local(TOKYO, "2024-03-16T00:01")),
                xp(25, local(TOKYO, "2024-03-16T23:00")));

        Progress progress = DailyGoal.standard().progress(facts, TOKYO, local(TOKYO, "2024-03-16T09:00"));

        assertThat(progress).isEqualTo(new Progress(LocalDate.of(2024, 3, 16), 55, 50));
        assertThat(progress.met()).isTrue();
        assertThat(progress.remainingXp()).isZero();
        assertThat(progress.fraction()).isEqualTo(1.0);
    }

    @Example
    void theSameAttemptsFallOnDifferentDaysInTokyoAndLosAngeles() {
        List<AttemptFact> facts = List.of(xp(20, Instant.parse("2024-03-15T14:30:00Z")), xp(10, Instant.parse("2024-03-15T15:30:00Z")));
        Instant now = Instant.parse("2024-03-15T16:00:00Z");

        assertThat(DailyGoal.standard().progress(facts, TOKYO, now)).isEqualTo(new Progress(LocalDate.of(2024, 3, 16), 10, 50));
        assertThat(DailyGoal.standard().progress(facts, LOS_ANGELES, now)).isEqualTo(new Progress(LocalDate.of(2024, 3, 15), 30, 50));
        assertThat(DailyGoal.standard().progress(facts, LOS_ANGELES, now).remainingXp()).isEqualTo(20);
        assertThat(DailyGoal.standard().progress(facts, LOS_ANGELES, now).fraction()).isEqualTo(0.6);
    }

    @Example
    void theDefaultIsFiftyAndATargetIsOneToTenThousand() {
        assertThat(DailyGoal.standard().targetXp()).isEqualTo(50);
        assertThat(new DailyGoal(1).targetXp()).isEqualTo(1);
        assertThat(new DailyGoal(10_000).targetXp()).isEqualTo(10_000);
        assertRefused("daily_goal_xp", () -> new DailyGoal(0));
        assertRefused("daily_goal_xp", () -> new DailyGoal(10_001));
        assertRefused("zone", () -> DailyGoal.standard().progress(List.of(), null, Instant.EPOCH));
    }

    @Property
    void progressFromADaysSummedXpEqualsProgressFromItsAttempts(@ForAll("scenarios") Scenario scenario,
                                                               @ForAll @IntRange(min = 1, max = 200) int target) {
        LocalDate today = scenario.now().atZone(scenario.zone()).toLocalDate();
        long earned = ActivityCalendar.of(scenario.facts().stream().map(f -> new Activity(f.at(), f.xpAwarded(), f.durationMs(),
                f.correct(), false)).toList(), scenario.zone()).days().getOrDefault(today, ActivityTotals.NONE).xp();

        assertThat(new DailyGoal(target).progressOn(today, earned))
                .isEqualTo(new DailyGoal(target).progress(scenario.facts(), scenario.zone(), scenario.now()));
    }

    @Example
    void summedXpMustNotBeNegative() {
        dev.parley.domain.shared.Refusals.assertRefused("xp", () -> DailyGoal.standard().progressOn(LocalDate.EPOCH, -1));
        dev.parley.domain.shared.Refusals.assertRefused("day", () -> DailyGoal.standard().progressOn(null, 1));
    }
}
