package dev.parley.domain.learning.progress;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class WeekOverWeekTest {
    private static ActivityTotals spent(long durationMs) {
        return new ActivityTotals(10, 1, 1, 1, durationMs, Optional.of(Instant.parse("2024-03-11T08:00:00Z")));
    }

    @Property
    void theChangeIsTheExactPercentRoundedHalfAwayFromZero(@ForAll @LongRange(max = 20_000) long thisWeek,
                                                           @ForAll @LongRange(max = 20_000) long lastWeek) {
        Optional<Long> change = new WeekOverWeek(thisWeek, lastWeek).changePercent();

        if (lastWeek == 0) {
            assertThat(change).isEmpty();
        } else {
            BigDecimal exact = BigDecimal.valueOf((thisWeek - lastWeek) * 100).divide(BigDecimal.valueOf(lastWeek), 0, RoundingMode.HALF_UP);
            assertThat(change).contains(exact.longValueExact());
        }
    }

    @Property
    void theWeeksRunFromMondayAndTodayLiesInTheFirst(@ForAll @IntRange(max = 20_000) int daysAfter2020) {
        LocalDate today = LocalDate.of(2020, 1, 1).plusDays(daysAfter2020);

        assertThat(WeekOverWeek.thisWeek(today).getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(WeekOverWeek.thisWeek(today)).isBetween(today.minusDays(6), today);
        assertThat(WeekOverWeek.lastWeek(today)).isEqualTo(WeekOverWeek.thisWeek(today).minusDays(7));
    }

    @Property
    void minutesAreRoundedAsAHistoryBucketRoundsThem(@ForAll @LongRange(max = 10_000_000) long durationMs) {
        LocalDate monday = LocalDate.parse("2024-03-11");

        assertThat(WeekOverWeek.of(monday, Map.of(monday, spent(durationMs))).minutesThisWeek())
                .isEqualTo(new ProgressHistory.Bucket(monday, 0, 0, durationMs).minutes());
    }

    @Example
    void theWeekOfTodayAndTheOneBeforeAreReadAndOthersIgnored() {
        LocalDate sunday = LocalDate.parse("2024-03-17");
        Map<LocalDate, ActivityTotals> weeks = Map.of(
                LocalDate.parse("2024-03-11"), spent(42 * 60_000 + 29_999),
                LocalDate.parse("2024-03-04"), spent(29 * 60_000 + 30_000),
                LocalDate.parse("2024-02-26"), spent(99 * 60_000),
                LocalDate.parse("2024-03-18"), spent(99 * 60_000));

        WeekOverWeek minutes = WeekOverWeek.of(sunday, weeks);

        assertThat(minutes).isEqualTo(new WeekOverWeek(42, 30));
        assertThat(minutes.changePercent()).contains(40L);
        assertThat(WeekOverWeek.of(LocalDate.parse("2024-03-18"), weeks)).isEqualTo(new WeekOverWeek(99, 42));
    }

    @Example
    void noActivityIsZeroMinutesAndNoChange() {
        WeekOverWeek none = WeekOverWeek.of(LocalDate.parse("2024-03-13"), Map.of());

        assertThat(none).isEqualTo(new WeekOverWeek(0, 0));
        assertThat(none.changePercent()).isEmpty();
        assertThat(new WeekOverWeek(0, 30).changePercent()).contains(-100L);
        assertThat(new WeekOverWeek(1, 200).changePercent()).contains(-100L);
        assertThat(new WeekOverWeek(3, 200).changePercent()).contains(-99L);
        assertThat(new WeekOverWeek(200, 1).changePercent()).contains(19_900L);
        assertRefused("minutes", () -> new WeekOverWeek(-1, 0));
    }
}
