package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.CefrLevel;
import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.learning.progress.ProgressHistory.Bucket;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

class ProgressHistoryTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final LocalDate BASE = LocalDate.of(2024, 1, 1);

    private static Instant local(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static AttemptFact fact(long item, boolean correct, int xp, long durationMs, Instant at) {
        return new AttemptFact(Skill.LISTENING, CefrLevel.B1, correct, correct ? 1 : 0, xp, durationMs, at, item);
    }

    /** Attempts in a zone spread a little beyond a valid range, with few item ids so that items repeat. */
    record Scenario(ZoneId zone, HistoryRange range, List<AttemptFact> facts) {
        LocalDate localDate(Instant at) {
            return at.atZone(zone).toLocalDate();
        }
    }

    @Provide
    Arbitrary<HistoryRange> ranges() {
        Arbitrary<LocalDate> from = Arbitraries.integers().between(0, 800).map(BASE::plusDays);
        Arbitrary<HistoryRange> days = Combinators.combine(from, Arbitraries.integers().between(0, 365))
                .as((f, span) -> new HistoryRange(f, f.plusDays(span), Granularity.DAY));
        Arbitrary<HistoryRange> weeks = Combinators.combine(from, Arbitraries.integers().between(0, 103), Arbitraries.integers().between(0, 6))
                .as((f, spanWeeks, weekday) -> {
                    LocalDate to = Granularity.WEEK.bucketStart(f).plusWeeks(spanWeeks).plusDays(weekday);
                    return new HistoryRange(f, to.isBefore(f) ? f : to, Granularity.WEEK);
                });
        Arbitrary<HistoryRange> short_ = Combinators.combine(from, Arbitraries.integers().between(0, 20), Arbitraries.of(Granularity.class))
                .as((f, span, g) -> new HistoryRange(f, f.plusDays(span), g));
        return Arbitraries.oneOf(days, weeks, short_, short_);
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Combinators.combine(ProgressArbitraries.zones(), ranges()).flatAs((zone, range) -> {
            Instant start = range.from().minusDays(3).atStartOfDay(zone).toInstant();
            int days = (int) ChronoUnit.DAYS.between(range.from(), range.to()) + 7;
            Arbitrary<Instant> at = Arbitraries.oneOf(ProgressArbitraries.instantsWithin(start, days),
                    ProgressArbitraries.instantsWithin(start, Math.min(days, 10)));
            return ProgressArbitraries.attempts(at, Arbitraries.longs().between(1, 30)).list().ofMaxSize(60)
                    .map(facts -> new Scenario(zone, range, facts));
        });
    }

    // ---- properties --------------------------------------------------------------------------------------------

    @Property
    void theBucketsAddUpToTheAttemptsWithinTheRange(@ForAll("scenarios") Scenario scenario) {
        List<Bucket> buckets = ProgressHistory.of(scenario.facts(), scenario.zone(), scenario.range());
        List<AttemptFact> inRange = scenario.facts().stream().filter(f -> scenario.range().contains(scenario.localDate(f.at()))).toList();
        long completedInRange = ItemCompletions.firstCorrect(scenario.facts()).values().stream()
                .filter(at -> scenario.range().contains(scenario.localDate(at))).count();

        Statistics.label("attempts in range").collect(inRange.isEmpty() ? "none" : inRange.size() == scenario.facts().size() ? "all" : "some")
                .coverage(c -> c.check("some").percentage(p -> p > 30));
        assertThat(buckets.stream().mapToLong(Bucket::xp).sum()).isEqualTo(inRange.stream().mapToLong(AttemptFact::xpAwarded).sum());
        assertThat(buckets.stream().mapToLong(Bucket::durationMs).sum())
                .isEqualTo(inRange.stream().mapToLong(AttemptFact::durationMs).sum());
        assertThat(buckets.stream().mapToLong(Bucket::itemsCompleted).sum()).isEqualTo(completedInRange);
    }

    @Property
    void everyBucketOfTheRangeIsThereOnceInOrder(@ForAll("scenarios") Scenario scenario) {
        HistoryRange range = scenario.range();
        List<Bucket> buckets = ProgressHistory.of(scenario.facts(), scenario.zone(), range);
        long expected = switch (range.granularity()) {
            case DAY -> ChronoUnit.DAYS.between(range.from(), range.to()) + 1;
            case WEEK -> ChronoUnit.DAYS.between(range.from().minusDays(range.from().getDayOfWeek().getValue() - 1L), range.to()) / 7 + 1;
        };

        assertThat(buckets).hasSize((int) expected).hasSize(range.bucketCount());
        assertThat(buckets.size()).isLessThanOrEqualTo(range.granularity().maxBuckets());
        assertThat(buckets.getFirst().date()).isBeforeOrEqualTo(range.from());
        assertThat(range.granularity().next(buckets.getFirst().date())).isAfter(range.from());
        assertThat(buckets.getLast().date()).isBeforeOrEqualTo(range.to());
        assertThat(range.granularity().next(buckets.getLast().date())).isAfter(range.to());
        for (int i = 1; i < buckets.size(); i++) {
            assertThat(buckets.get(i).date()).isEqualTo(range.granularity().next(buckets.get(i - 1).date()));
        }
        if (range.granularity() == Granularity.WEEK) {
            assertThat(buckets).allSatisfy(b -> assertThat(b.date().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        }
    }

    @Property
    void eachBucketHoldsExactlyItsOwnDaysAndEmptyOnesAreZero(@ForAll("scenarios") Scenario scenario) {
        HistoryRange range = scenario.range();
        Map<AttemptFact, LocalDate> dated = new IdentityHashMap<>();
        scenario.facts().forEach(f -> dated.put(f, scenario.localDate(f.at())));
        List<LocalDate> completed = ItemCompletions.firstCorrect(scenario.facts()).values().stream().map(scenario::localDate).toList();

        List<Bucket> buckets = ProgressHistory.of(scenario.facts(), scenario.zone(), range);

        Statistics.label("empty buckets").collect(buckets.stream().anyMatch(b -> b.xp() == 0 && b.durationMs() == 0));
        for (Bucket bucket : buckets) {
            LocalDate end = range.granularity().next(bucket.date());
            Predicate<LocalDate> inBucket = d -> range.contains(d) && !d.isBefore(bucket.date()) && d.isBefore(end);
            List<AttemptFact> own = dated.entrySet().stream().filter(e -> inBucket.test(e.getValue())).map(Map.Entry::getKey).toList();
            long items = completed.stream().filter(inBucket).count();
            assertThat(bucket).isEqualTo(new Bucket(bucket.date(), own.stream().mapToLong(AttemptFact::xpAwarded).sum(), (int) items,
                    own.stream().mapToLong(AttemptFact::durationMs).sum()));
        }
    }

    @Property
    void aWeekIsTheSumOfItsDays(@ForAll("scenarios") Scenario scenario) {
        HistoryRange range = scenario.range();
        if (range.bucketCount() > 52) {
            range = new HistoryRange(range.from(), range.from().plusDays(300), range.granularity());
        }
        List<Bucket> days = ProgressHistory.of(scenario.facts(), scenario.zone(), new HistoryRange(range.from(), range.to(), Granularity.DAY));

        for (Bucket week : ProgressHistory.of(scenario.facts(), scenario.zone(), new HistoryRange(range.from(), range.to(), Granularity.WEEK))) {
            List<Bucket> itsDays = days.stream().filter(d -> Granularity.WEEK.bucketStart(d.date()).equals(week.date())).toList();
            assertThat(week.xp()).isEqualTo(itsDays.stream().mapToLong(Bucket::xp).sum());
            assertThat(week.itemsCompleted()).isEqualTo(itsDays.stream().mapToInt(Bucket::itemsCompleted).sum());
            assertThat(week.durationMs()).isEqualTo(itsDays.stream().mapToLong(Bucket::durationMs).sum());
        }
    }

    @Property
    void minutesRoundTheBucketsTimeHalfAMinuteUp(@ForAll @IntRange(min = 0, max = 100_000_000) int durationMs) {
        Bucket bucket = new Bucket(BASE, 0, 0, durationMs);

        assertThat(bucket.minutes()).isEqualTo(Math.round(durationMs / 60_000.0));
        assertThat(Math.abs(bucket.minutes() * 60_000L - durationMs)).isLessThanOrEqualTo(30_000);
    }

    @Property
    void aRangeIsRefusedOnToWhenItIsBackwardsOrTooLong(@ForAll @IntRange(min = -400, max = 800) int spanDays,
                                                       @ForAll("granularities") Granularity granularity) {
        LocalDate from = BASE.plusDays(spanDays & 7);
        LocalDate to = from.plusDays(spanDays);
        long buckets = granularity == Granularity.DAY ? spanDays + 1L
                : ChronoUnit.WEEKS.between(Granularity.WEEK.bucketStart(from), Granularity.WEEK.bucketStart(to)) + 1;

        if (spanDays >= 0 && buckets <= granularity.maxBuckets()) {
            assertThat(new HistoryRange(from, to, granularity).bucketCount()).isEqualTo((int) buckets);
        } else {
            assertRefused("to", () -> new HistoryRange(from, to, granularity));
        }
    }

    @Provide
    Arbitrary<Granularity> granularities() {
        return Arbitraries.of(Granularity.class);
    }

    // ---- examples ----------------------------------------------------------------------------------------------

    @Example
    void bucketsByLocalDayWithZeroFilledGaps() {
        List<AttemptFact> facts = List.of(
                fact(1, true, 10, 45_000, local(TOKYO, "2024-03-15T23:59")),
                fact(1, true, 10, 45_000, local(TOKYO, "2024-03-16T00:01")),
                fact(2, false, 0, 20_000, local(TOKYO, "2024-03-16T08:00")),
                fact(2, true, 10, 80_000, local(TOKYO, "2024-03-18T08:00")),
                fact(3, true, 10, 10_000, local(TOKYO, "2024-03-19T08:00")));

        List<Bucket> buckets = ProgressHistory.of(facts, TOKYO, HistoryRange.parse("2024-03-15", "2024-03-18", "day"));

        assertThat(buckets).containsExactly(
                new Bucket(LocalDate.of(2024, 3, 15), 10, 1, 45_000),
                new Bucket(LocalDate.of(2024, 3, 16), 10, 0, 65_000),
                new Bucket(LocalDate.of(2024, 3, 17), 0, 0, 0),
                new Bucket(LocalDate.of(2024, 3, 18), 10, 1, 80_000));
        assertThat(buckets.stream().map(Bucket::minutes)).containsExactly(1L, 1L, 0L, 1L);
    }

    @Example
    void weeksStartOnMondayAndCountOnlyTheDaysInRange() {
        List<AttemptFact> facts = List.of(
                fact(1, true, 5, 60_000, local(LOS_ANGELES, "2024-03-04T10:00")),
                fact(2, true, 7, 60_000, local(LOS_ANGELES, "2024-03-06T10:00")),
                fact(3, true, 11, 60_000, local(LOS_ANGELES, "2024-03-10T23:30")),
                fact(4, true, 13, 60_000, local(LOS_ANGELES, "2024-03-11T00:30")),
                fact(5, true, 17, 60_000, local(LOS_ANGELES, "2024-03-20T10:00")));

        List<Bucket> buckets = ProgressHistory.of(facts, LOS_ANGELES, HistoryRange.parse("2024-03-06", "2024-03-19", "week"));

        assertThat(buckets).containsExactly(
                new Bucket(LocalDate.of(2024, 3, 4), 18, 2, 120_000),
                new Bucket(LocalDate.of(2024, 3, 11), 13, 1, 60_000),
                new Bucket(LocalDate.of(2024, 3, 18), 0, 0, 0));
    }

    @Example
    void theSameAttemptsFallInDifferentBucketsInTokyoAndLosAngeles() {
        List<AttemptFact> facts = List.of(fact(1, true, 10, 60_000, Instant.parse("2024-03-15T16:00:00Z")));
        HistoryRange range = HistoryRange.parse("2024-03-15", "2024-03-16", "day");

        assertThat(ProgressHistory.of(facts, TOKYO, range).stream().map(Bucket::xp)).containsExactly(0L, 10L);
        assertThat(ProgressHistory.of(facts, LOS_ANGELES, range).stream().map(Bucket::xp)).containsExactly(10L, 0L);
    }

    @Example
    void anItemCompletedBeforeTheRangeIsNotCompletedAgainInIt() {
        List<AttemptFact> facts = List.of(fact(9, true, 10, 1_000, local(TOKYO, "2024-02-01T10:00")),
                fact(9, true, 10, 1_000, local(TOKYO, "2024-03-15T10:00")));

        List<Bucket> buckets = ProgressHistory.of(facts, TOKYO, HistoryRange.parse("2024-03-15", "2024-03-15", "day"));

        assertThat(buckets).containsExactly(new Bucket(LocalDate.of(2024, 3, 15), 10, 0, 1_000));
    }

    @Example
    void aYearOfDaysAndTwoYearsOfWeeksAreTheLimits() {
        assertThat(HistoryRange.parse("2024-01-01", "2024-12-31", "day").bucketCount()).isEqualTo(366);
        assertRefused("to", () -> HistoryRange.parse("2024-01-01", "2025-01-01", "day"));
        assertThat(HistoryRange.parse("2024-01-01", "2025-12-28", "week").bucketCount()).isEqualTo(104);
        assertRefused("to", () -> HistoryRange.parse("2024-01-01", "2025-12-29", "week"));
        assertThat(HistoryRange.parse("2024-03-15", "2024-03-15", "week").bucketCount()).isEqualTo(1);
        assertRefused("to", () -> HistoryRange.parse("2024-03-15", "2024-03-14", "day"));
    }

    @Example
    void refusesBadInputNamingTheField() {
        assertRefused("from", () -> HistoryRange.parse("2024-02-30", "2024-03-01", "day"));
        assertRefused("from", () -> HistoryRange.parse(null, "2024-03-01", "day"));
        assertRefused("to", () -> HistoryRange.parse("2024-03-01", "03/02/2024", "day"));
        assertRefused("to", () -> new HistoryRange(BASE, null, Granularity.DAY));
        assertRefused("granularity", () -> HistoryRange.parse("2024-03-01", "2024-03-02", "month"));
        assertRefused("granularity", () -> HistoryRange.parse("2024-03-01", "2024-03-02", "DAY"));
        assertRefused("granularity", () -> HistoryRange.parse("2024-03-01", "2024-03-02", null));
        assertRefused("zone", () -> ProgressHistory.of(List.of(), null, HistoryRange.parse("2024-03-01", "2024-03-02", "week")));
        assertThat(Granularity.parse("week")).isEqualTo(Granularity.WEEK);
    }

    @Property
    void bucketsFromACalendarsDaysMatchBucketsFromItsAttempts(@ForAll("scenarios") Scenario scenario) {
        java.util.Map<Long, Instant> firstCorrect = ItemCompletions.firstCorrect(scenario.facts());
        List<Activity> activities = scenario.facts().stream().map(f -> new Activity(f.at(), f.xpAwarded(), f.durationMs(), f.correct(),
                f.correct() && firstCorrect.get(f.itemId()).equals(f.at()) && firstOfItsInstant(scenario.facts(), f))).toList();

        List<Bucket> fromDays = ProgressHistory.ofDays(ActivityCalendar.of(activities, scenario.zone()).days(), scenario.range());

        assertThat(fromDays).isEqualTo(ProgressHistory.of(scenario.facts(), scenario.zone(), scenario.range()));
    }

    /** Whether {@code fact} is the first correct attempt at its item and instant in the list, so that ties count once. */
    private static boolean firstOfItsInstant(List<AttemptFact> facts, AttemptFact fact) {
        return facts.stream().filter(f -> f.correct() && f.itemId() == fact.itemId() && f.at().equals(fact.at())).findFirst()
                .orElseThrow() == fact;
    }
}
