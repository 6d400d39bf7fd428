package dev.parley.domain.learning.progress;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LeaderboardWindowTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Provide
    Arbitrary<ZoneId> zones() {
        return ProgressArbitraries.zones();
    }

    @Provide
    Arbitrary<Instant> instants() {
        return ProgressArbitraries.instants();
    }

    /** The instant is the first of its local day: a moment earlier is the day before. */
    private static void assertStartOfLocalDay(Instant start, ZoneId zone) {
        LocalDate day = start.atZone(zone).toLocalDate();
        assertThat(start.minusNanos(1).atZone(zone).toLocalDate()).isEqualTo(day.minusDays(1));
    }

    @Property
    void theWeekStartsAtTheStartOfMondayAndHoldsNow(@ForAll("instants") Instant now, @ForAll("zones") ZoneId zone) {
        Instant start = LeaderboardWindow.WEEK.start(now, zone).orElseThrow();
        ZonedDateTime local = start.atZone(zone);

        assertThat(local.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertStartOfLocalDay(start, zone);
        assertThat(start).isBeforeOrEqualTo(now);
        assertThat(now).isBefore(local.toLocalDate().plusWeeks(1).atStartOfDay(zone).toInstant());
        assertThat(Duration.between(start, now)).isLessThan(Duration.ofDays(7).plusHours(1));
    }

    @Property
    void theMonthStartsAtTheStartOfItsFirstDayAndHoldsNow(@ForAll("instants") Instant now, @ForAll("zones") ZoneId zone) {
        Instant start = LeaderboardWindow.MONTH.start(now, zone).orElseThrow();
        ZonedDateTime local = start.atZone(zone);

        assertThat(local.getDayOfMonth()).isEqualTo(1);
        assertThat(local.getMonth()).isEqualTo(now.atZone(zone).getMonth());
        assertStartOfLocalDay(start, zone);
        assertThat(start).isBeforeOrEqualTo(now);
        assertThat(now).isBefore(local.toLocalDate().plusMonths(1).atStartOfDay(zone).toInstant());
    }

    @Property
    void allTimeHasNoStart(@ForAll("instants") Instant now, @ForAll("zones") ZoneId zone) {
        assertThat(LeaderboardWindow.ALL.start(now, zone)).isEmpty();
    }

    @Example
    void theSameMomentIsANewWeekInTokyoButNotInLosAngeles() {
        Instant now = Instant.parse("2024-03-17T16:00:00Z");

        assertThat(LeaderboardWindow.WEEK.start(now, TOKYO)).contains(Instant.parse("2024-03-17T15:00:00Z"));
        assertThat(LeaderboardWindow.WEEK.start(now, LOS_ANGELES)).contains(Instant.parse("2024-03-11T07:00:00Z"));
    }

    @Example
    void theSameMomentIsANewMonthInTokyoButNotInLosAngeles() {
        Instant now = Instant.parse("2024-03-31T20:00:00Z");

        assertThat(LeaderboardWindow.MONTH.start(now, TOKYO)).contains(Instant.parse("2024-03-31T15:00:00Z"));
        assertThat(LeaderboardWindow.MONTH.start(now, LOS_ANGELES)).contains(Instant.parse("2024-03-01T08:00:00Z"));
    }

    @Example
    void whereMidnightIsSkippedThePeriodStartsAtTheFirstMomentOfTheDay() {
        assertThat(LeaderboardWindow.WEEK.start(Instant.parse("2021-03-23T12:00:00Z"), ZoneId.of("Asia/Tehran")))
                .contains(Instant.parse("2021-03-21T20:30:00Z"));
        assertThat(LeaderboardWindow.MONTH.start(Instant.parse("2023-10-15T12:00:00Z"), ZoneId.of("America/Asuncion")))
                .contains(Instant.parse("2023-10-01T04:00:00Z"));
    }

    @Example
    void parsesTheWireNamesOnly() {
        assertThat(LeaderboardWindow.parse("week")).isEqualTo(LeaderboardWindow.WEEK);
        assertThat(LeaderboardWindow.parse("month")).isEqualTo(LeaderboardWindow.MONTH);
        assertThat(LeaderboardWindow.parse("all")).isEqualTo(LeaderboardWindow.ALL);
        for (String invalid : new String[] {"", "Week", "year", "all "}) {
            assertRefused("period", () -> LeaderboardWindow.parse(invalid));
        }
        assertRefused("period", () -> LeaderboardWindow.parse(null));
        assertRefused("zone", () -> LeaderboardWindow.WEEK.start(Instant.EPOCH, null));
    }
}
