package dev.parley.domain.learning.progress;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class HistoryRangeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);

    @Property
    void aRangeLeftOutEndsTodayAndHoldsThirtyBuckets(@ForAll Granularity granularity, @ForAll @IntRange(min = 0, max = 3000) int daysFromBase) {
        LocalDate today = LocalDate.of(2020, 1, 1).plusDays(daysFromBase);
        HistoryRange range = HistoryRange.defaulted(Optional.empty(), Optional.empty(), granularity, today);
        assertThat(range.to()).isEqualTo(today);
        assertThat(range.bucketCount()).isEqualTo(HistoryRange.DEFAULT_BUCKETS);
        assertThat(granularity.bucketStart(range.from())).isEqualTo(range.from());
    }

    @Example
    void thirtyDaysOrThirtyWeeksFromMondays() {
        assertThat(HistoryRange.defaulted(Optional.empty(), Optional.empty(), Granularity.DAY, TODAY).from())
                .isEqualTo(LocalDate.of(2026, 10, 23));
        HistoryRange weeks = HistoryRange.defaulted(Optional.empty(), Optional.empty(), Granularity.WEEK, TODAY);
        assertThat(weeks.from().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(weeks.from()).isEqualTo(LocalDate.of(2026, 4, 27));
    }

    @Example
    void givenDatesAreKeptAndAMissingStartCountsBackFromTheGivenEnd() {
        LocalDate from = LocalDate.of(2026, 1, 5);
        assertThat(HistoryRange.defaulted(Optional.of(from), Optional.empty(), Granularity.DAY, TODAY))
                .isEqualTo(new HistoryRange(from, TODAY, Granularity.DAY));
        assertThat(HistoryRange.defaulted(Optional.empty(), Optional.of(LocalDate.of(2026, 3, 31)), Granularity.DAY, TODAY).from())
                .isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Example
    void aStartAfterTheDefaultEndOrTooLongARangeIsRefused() {
        assertRefused("to", () -> HistoryRange.defaulted(Optional.of(TODAY.plusDays(1)), Optional.empty(), Granularity.DAY, TODAY));
        assertRefused("to", () -> HistoryRange.defaulted(Optional.of(TODAY.minusDays(366)), Optional.empty(), Granularity.DAY, TODAY));
    }

    @Example
    void datesMustBeIsoDatesNamingTheirField() {
        assertThat(HistoryRange.date("from", "2024-03-15")).isEqualTo(LocalDate.of(2024, 3, 15));
        assertRefused("from", () -> HistoryRange.date("from", "15.03.2024"));
        assertRefused("to", () -> HistoryRange.date("to", "2024-02-30"));
    }
}
