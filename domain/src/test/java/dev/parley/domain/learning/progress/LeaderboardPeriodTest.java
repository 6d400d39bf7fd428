package dev.parley.domain.learning.progress;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LeaderboardPeriodTest {
    @Provide
    Arbitrary<ZoneId> zones() {
        return ProgressArbitraries.zones();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return ProgressArbitraries.instants();
    }

    @Property
    void aWeekOrMonthIsDatedAsTheLearnersTotalsOfThatDayAreAndStartsWhenItsWindowDoes(@ForAll("instants") Instant now,
                                                                                       @ForAll("zones") ZoneId zone) {
        LocalDate today = now.atZone(zone).toLocalDate();
        LocalPeriods periods = LocalPeriods.of(now, zone);

        LeaderboardPeriod week = LeaderboardPeriod.holding(LeaderboardWindow.WEEK, today);
        LeaderboardPeriod month = LeaderboardPeriod.holding(LeaderboardWindow.MONTH, today);

        assertThat(week.start()).contains(periods.week());
        assertThat(month.start()).contains(periods.month());
        for (LeaderboardPeriod period : new LeaderboardPeriod[] {week, month}) {
            assertThat(period.start().orElseThrow()).isBeforeOrEqualTo(today);
            assertThat(period.end().orElseThrow()).isAfterOrEqualTo(today);
            assertThat(period.start().orElseThrow().atStartOfDay(zone).toInstant())
                    .isEqualTo(period.window().start(now, zone).orElseThrow());
        }
    }

    @Example
    void aWeekRunsFromMondayToSundayAndAMonthFromItsFirstToItsLastDay() {
        LocalDate wednesday = LocalDate.parse("2026-11-18");

        assertThat(LeaderboardPeriod.holding(LeaderboardWindow.WEEK, wednesday))
                .extracting(LeaderboardPeriod::start, LeaderboardPeriod::end)
                .containsExactly(Optional.of(LocalDate.parse("2026-11-16")), Optional.of(LocalDate.parse("2026-11-22")));
        assertThat(LeaderboardPeriod.holding(LeaderboardWindow.WEEK, LocalDate.parse("2026-11-22")).start())
                .contains(LocalDate.parse("2026-11-16"));
        assertThat(LeaderboardPeriod.holding(LeaderboardWindow.MONTH, LocalDate.parse("2024-02-29")))
                .extracting(LeaderboardPeriod::start, LeaderboardPeriod::end)
                .containsExactly(Optional.of(LocalDate.parse("2024-02-01")), Optional.of(LocalDate.parse("2024-02-29")));
    }

    @Example
    void allTimeHasNoDates() {
        LeaderboardPeriod all = LeaderboardPeriod.holding(LeaderboardWindow.ALL, LocalDate.parse("2026-11-18"));

        assertThat(all.start()).isEmpty();
        assertThat(all.end()).isEmpty();
    }

    @Example
    void refusesStartsThatDoNotBeginTheirWindow() {
        assertRefused("start", () -> new LeaderboardPeriod(LeaderboardWindow.WEEK, Optional.of(LocalDate.parse("2026-11-17"))));
        assertRefused("start", () -> new LeaderboardPeriod(LeaderboardWindow.WEEK, Optional.empty()));
        assertRefused("start", () -> new LeaderboardPeriod(LeaderboardWindow.MONTH, Optional.of(LocalDate.parse("2026-11-02"))));
        assertRefused("start", () -> new LeaderboardPeriod(LeaderboardWindow.ALL, Optional.of(LocalDate.parse("2026-11-01"))));
        assertRefused("today", () -> LeaderboardPeriod.holding(LeaderboardWindow.WEEK, null));
    }
}
