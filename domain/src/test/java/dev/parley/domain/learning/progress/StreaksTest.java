package dev.parley.domain.learning.progress;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.learning.progress.Streaks.Streak;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

class StreaksTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    /** Activity in a zone and the moment the streak is asked for. */
    record Scenario(ZoneId zone, List<Instant> activity, Instant now) {
        LocalDate today() {
            return now.atZone(zone).toLocalDate();
        }

        Set<LocalDate> activeDaysUpToToday() {
            return activity.stream().map(at -> at.atZone(zone).toLocalDate()).filter(d -> !d.isAfter(today()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static final LocalDate WINDOW_START = LocalDate.of(2024, 2, 20);
    private static final int WINDOW_DAYS = 40;

    /**
     * Activity over forty local days (around DST changes, shifted by up to eight years): each day is active with a
     * random density, with one to three activities at random seconds of the day; now falls within or just after.
     */
    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<List<Integer>> rolls = Arbitraries.integers().between(0, 99).withDistribution(RandomDistribution.uniform())
                .list().ofSize(WINDOW_DAYS);
        Arbitrary<List<Long>> seconds = Arbitraries.longs().between(0, 86_399).withDistribution(RandomDistribution.uniform())
                .list().ofSize(3 * WINDOW_DAYS);
        Arbitrary<Integer> densities = Arbitraries.integers().between(0, 100).withDistribution(RandomDistribution.uniform());
        Arbitrary<Long> nowOffsets = Arbitraries.longs().between(0, 44 * 86_400L).withDistribution(RandomDistribution.uniform());
        return Combinators.combine(ProgressArbitraries.zones(), Arbitraries.integers().between(0, 3_000), densities, rolls, seconds,
                        nowOffsets)
                .as((zone, shiftDays, density, roll, secondOfDay, nowOffset) -> {
                    LocalDate first = WINDOW_START.plusDays(shiftDays);
                    List<Instant> activity = new ArrayList<>();
                    for (int day = 0; day < WINDOW_DAYS; day++) {
                        for (int k = 0; k < 3 && roll.get(day) + 33 * k < density; k++) {
                            activity.add(first.plusDays(day).atStartOfDay(zone).plusSeconds(secondOfDay.get(3 * day + k)).toInstant());
                        }
                    }
                    Instant now = first.atStartOfDay(zone).toInstant().plusSeconds(nowOffset);
                    return new Scenario(zone, activity, now);
                });
    }

    private static Instant shift(Instant at, ZoneId zone, long days) {
        return at.atZone(zone).plusDays(days).toInstant();
    }

    private static Instant local(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    // ---- properties --------------------------------------------------------------------------------------------

    @Property
    void theStreaksAreTheRunsOfConsecutiveActiveDaysEndingTodayOrYesterdayAndTheLongest(@ForAll("scenarios") Scenario scenario) {
        Set<LocalDate> days = scenario.activeDaysUpToToday();
        LocalDate today = scenario.today();
        LocalDate end = days.contains(today) ? today : today.minusDays(1);
        int current = 0;
        while (days.contains(end.minusDays(current))) {
            current++;
        }
        int longest = 0;
        for (LocalDate day : days) {
            int run = 0;
            while (days.contains(day.plusDays(run))) {
                run++;
            }
            longest = Math.max(longest, run);
        }

        Streak streak = Streaks.of(scenario.activity(), scenario.zone(), scenario.now());

        Statistics.label("current").collect(current == 0 ? "0" : current < 4 ? "1-3" : "4+")
                .coverage(c -> c.check("4+").percentage(p -> p > 5));
        assertThat(streak).isEqualTo(new Streak(current, longest, days.contains(today)));
    }

    @Property
    void shiftingEverythingByWholeLocalDaysChangesNothing(@ForAll("scenarios") Scenario scenario,
                                                          @ForAll @IntRange(min = -800, max = 800) int days) {
        List<Instant> shifted = scenario.activity().stream().map(at -> shift(at, scenario.zone(), days)).toList();

        assertThat(Streaks.of(shifted, scenario.zone(), shift(scenario.now(), scenario.zone(), days)))
                .isEqualTo(Streaks.of(scenario.activity(), scenario.zone(), scenario.now()));
    }

    @Property
    void shiftingByWholeDaysInUtcChangesNothing(@ForAll("scenarios") Scenario scenario,
                                               @ForAll @IntRange(min = -800, max = 800) int days) {
        ZoneId utc = ZoneId.of("UTC");
        List<Instant> shifted = scenario.activity().stream().map(at -> at.plusSeconds(86_400L * days)).toList();

        assertThat(Streaks.of(shifted, utc, scenario.now().plusSeconds(86_400L * days)))
                .isEqualTo(Streaks.of(scenario.activity(), utc, scenario.now()));
    }

    @Property
    void noStreakIsLongerThanTheNumberOfActiveDays(@ForAll("scenarios") Scenario scenario) {
        Streak streak = Streaks.of(scenario.activity(), scenario.zone(), scenario.now());

        assertThat(streak.current()).isLessThanOrEqualTo(streak.longest());
        assertThat(streak.longest()).isLessThanOrEqualTo(scenario.activeDaysUpToToday().size());
        assertThat(streak.longest() == 0).isEqualTo(scenario.activeDaysUpToToday().isEmpty());
    }

    @Property
    void activityAfterTodayIsIgnored(@ForAll("scenarios") Scenario scenario, @ForAll @IntRange(min = 1, max = 30) int daysAhead) {
        Instant tomorrowOrLater = scenario.today().plusDays(daysAhead).atStartOfDay(scenario.zone()).toInstant();
        List<Instant> withFuture = Stream.concat(scenario.activity().stream(), Stream.of(tomorrowOrLater)).toList();

        assertThat(Streaks.of(withFuture, scenario.zone(), scenario.now()))
                .isEqualTo(Streaks.of(scenario.activity(), scenario.zone(), scenario.now()));
    }

    @Property
    void aMinuteBeforeAndAfterLocalMidnightAreTwoConsecutiveDays(@ForAll("zones") ZoneId zone, @ForAll("dates") LocalDate day,
                                                                @ForAll @IntRange(min = 0, max = 1) int askedDaysLater) {
        ZonedDateTime before = ZonedDateTime.of(day, LocalTime.of(23, 59), zone);
        ZonedDateTime after = ZonedDateTime.of(day.plusDays(1), LocalTime.of(0, 1), zone);
        Assume.that(before.toLocalDate().equals(day) && after.toLocalDate().equals(day.plusDays(1)));
        Instant now = after.plusDays(askedDaysLater).toInstant();

        Streak streak = Streaks.of(List.of(before.toInstant(), after.toInstant()), zone, now);

        assertThat(streak).isEqualTo(new Streak(2, 2, askedDaysLater == 0));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return ProgressArbitraries.zones();
    }

    @Provide
    Arbitrary<LocalDate> dates() {
        return Arbitraries.integers().between(0, 3_650).map(LocalDate.of(2020, 1, 1)::plusDays);
    }

    /** Two runs of active days separated by a gap of at least one day, the second ending today or yesterday. */
    record TwoRuns(ZoneId zone, int first, int gap, int second, boolean endsYesterday, List<Integer> minutesOfDay) {
    }

    @Provide
    Arbitrary<TwoRuns> twoRuns() {
        return Combinators.combine(ProgressArbitraries.zones(), Arbitraries.integers().between(1, 12), Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(1, 12), Arbitraries.of(true, false),
                Arbitraries.integers().between(0, 1_439).list().ofSize(30)).as(TwoRuns::new);
    }

    @Property
    void aDayWithoutActivityBreaksTheCurrentStreak(@ForAll("twoRuns") TwoRuns runs, @ForAll("dates") LocalDate today) {
        LocalDate lastActive = runs.endsYesterday() ? today.minusDays(1) : today;
        LocalDate secondStart = lastActive.minusDays(runs.second() - 1L);
        LocalDate firstEnd = secondStart.minusDays(runs.gap() + 1L);
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < runs.first(); i++) {
            days.add(firstEnd.minusDays(i));
        }
        for (int i = 0; i < runs.second(); i++) {
            days.add(secondStart.plusDays(i));
        }
        List<Instant> activity = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            ZonedDateTime at = days.get(i).atStartOfDay(runs.zone()).plusMinutes(runs.minutesOfDay().get(i));
            activity.add(at.toLocalDate().equals(days.get(i)) ? at.toInstant() : days.get(i).atStartOfDay(runs.zone()).toInstant());
        }
        Instant now = ZonedDateTime.of(today, LocalTime.of(22, 30), runs.zone()).toInstant();

        Streak streak = Streaks.of(activity, runs.zone(), now);

        assertThat(streak.current()).isEqualTo(runs.second());
        assertThat(streak.longest()).isEqualTo(Math.max(runs.first(), runs.second()));
        assertThat(streak.activeToday()).isEqualTo(!runs.endsYesterday());
    }

    @Property
    void aStreakIsFirstReachedAtTheFirstInstantItsCurrentStreakGetsThatLong(@ForAll("scenarios") Scenario scenario,
                                                                           @ForAll @IntRange(min = 1, max = 8) int length) {
        Optional<Instant> expected = scenario.activity().stream().sorted()
                .filter(t -> Streaks.of(scenario.activity().stream().filter(a -> !a.isAfter(t)).toList(), scenario.zone(), t)
                        .current() >= length)
                .findFirst();

        Statistics.label("reached").collect(expected.isPresent()).coverage(c -> c.check(true).percentage(p -> p > 20));
        assertThat(Streaks.firstReached(scenario.activity(), scenario.zone(), length)).isEqualTo(expected);
    }

    // ---- examples ----------------------------------------------------------------------------------------------

    @Example
    void theSameInstantsMakeATwoDayStreakInTokyoAndOneDayInLosAngeles() {
        List<Instant> activity = List.of(Instant.parse("2024-03-15T14:30:00Z"), Instant.parse("2024-03-15T15:30:00Z"));
        Instant now = Instant.parse("2024-03-15T16:00:00Z");

        assertThat(Streaks.of(activity, TOKYO, now)).isEqualTo(new Streak(2, 2, true));
        assertThat(Streaks.of(activity, LOS_ANGELES, now)).isEqualTo(new Streak(1, 1, true));
    }

    @Example
    void theSameMorningsKeepAStreakAliveInLosAngelesButNotInTokyo() {
        List<Instant> activity = List.of(local(LOS_ANGELES, "2024-06-03T06:00"), local(LOS_ANGELES, "2024-06-04T06:00"));
        Instant now = local(LOS_ANGELES, "2024-06-05T09:00");

        assertThat(now.atZone(TOKYO).toLocalDate()).isEqualTo(LocalDate.of(2024, 6, 6));
        assertThat(Streaks.of(activity, LOS_ANGELES, now)).isEqualTo(new Streak(2, 2, false));
        assertThat(Streaks.of(activity, TOKYO, now)).isEqualTo(new Streak(0, 2, false));
    }

    @Example
    void aStreakSurvivesUntilTheEndOfTheDayAfterItsLastActivity() {
        List<Instant> activity = List.of(local(TOKYO, "2024-03-11T08:00"), local(TOKYO, "2024-03-12T21:00"));

        assertThat(Streaks.of(activity, TOKYO, local(TOKYO, "2024-03-12T23:00"))).isEqualTo(new Streak(2, 2, true));
        assertThat(Streaks.of(activity, TOKYO, local(TOKYO, "2024-03-13T23:59:59"))).isEqualTo(new Streak(2, 2, false));
        assertThat(Streaks.of(activity, TOKYO, local(TOKYO, "2024-03-14T00:00"))).isEqualTo(new Streak(0, 2, false));
    }

    @Example
    void severalActivitiesOnOneDayCountOnceAndADstChangeKeepsTheDay() {
        List<Instant> activity = List.of(Instant.parse("2024-03-10T09:30:00Z"), Instant.parse("2024-03-10T10:30:00Z"),
                Instant.parse("2024-03-10T10:45:00Z"), local(LOS_ANGELES, "2024-03-11T00:00"));

        assertThat(Instant.parse("2024-03-10T09:30:00Z").atZone(LOS_ANGELES).getHour()).isEqualTo(1);
        assertThat(Instant.parse("2024-03-10T10:30:00Z").atZone(LOS_ANGELES).getHour()).isEqualTo(3);
        assertThat(Streaks.of(activity, LOS_ANGELES, local(LOS_ANGELES, "2024-03-11T12:00"))).isEqualTo(new Streak(2, 2, true));
    }

    @Example
    void noActivityNoStreak() {
        assertThat(Streaks.of(List.of(), TOKYO, Instant.parse("2024-03-15T00:00:00Z"))).isEqualTo(new Streak(0, 0, false));
        assertThat(Streaks.firstReached(List.of(), TOKYO, 1)).isEmpty();
    }

    @Example
    void aSevenDayStreakIsReachedAtTheFirstActivityOfItsSeventhDay() {
        List<Instant> activity = new ArrayList<>();
        for (int day = 1; day <= 8; day++) {
            activity.add(local(TOKYO, "2024-04-%02dT20:00".formatted(day)));
            activity.add(local(TOKYO, "2024-04-%02dT07:15".formatted(day)));
        }

        assertThat(Streaks.firstReached(activity, TOKYO, 7)).contains(local(TOKYO, "2024-04-07T07:15"));
        assertThat(Streaks.firstReached(activity, TOKYO, 1)).contains(local(TOKYO, "2024-04-01T07:15"));
        assertThat(Streaks.firstReached(activity, TOKYO, 9)).isEmpty();
    }

    @Example
    void refusesAMissingZoneOrALengthBelowOne() {
        assertRefused("zone", () -> Streaks.of(List.of(), null, Instant.EPOCH));
        assertRefused("zone", () -> Streaks.firstReached(List.of(), null, 7));
        assertRefused("length", () -> Streaks.firstReached(List.of(), TOKYO, 0));
    }
}
