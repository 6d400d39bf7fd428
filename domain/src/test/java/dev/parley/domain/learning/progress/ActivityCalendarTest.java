package dev.parley.domain.learning.progress;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ActivityCalendarTest {
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    /** Activity spread over ten weeks around a month end and a DST change, so that periods are shared often. */
    @Provide
    Arbitrary<List<Activity>> activities() {
        Arbitrary<Activity> activity = Combinators.combine(
                        ProgressArbitraries.instantsWithin(Instant.parse("2024-02-20T00:00:00Z"), 70),
                        Arbitraries.integers().between(0, 40), Arbitraries.longs().between(0, 600_000),
                        Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as(Activity::new);
        return activity.list().ofMaxSize(60);
    }

    @Property
    void buildingAtOnceEqualsAddingOneAtATime(@ForAll("activities") List<Activity> activities, @ForAll("zones") ZoneId zone) {
        ActivityCalendar calendar = ActivityCalendar.of(activities, zone);
        Map<LocalDate, ActivityTotals> days = new java.util.TreeMap<>();
        for (Activity activity : activities) {
            days.merge(LocalPeriods.of(activity.at(), zone).day(), ActivityTotals.NONE.plus(activity), ActivityTotals::plus);
        }

        assertThat(calendar.days()).isEqualTo(days);
        int half = activities.size() / 2;
        ActivityCalendar first = ActivityCalendar.of(activities.subList(0, half), zone);
        ActivityCalendar second = ActivityCalendar.of(activities.subList(half, activities.size()), zone);
        assertThat(merge(first.weeks(), second.weeks())).isEqualTo(calendar.weeks());
        assertThat(merge(first.months(), second.months())).isEqualTo(calendar.months());
    }

    @Property
    void daysWeeksAndMonthsHoldTheSameTotals(@ForAll("activities") List<Activity> activities, @ForAll("zones") ZoneId zone) {
        ActivityCalendar calendar = ActivityCalendar.of(activities, zone);
        ActivityTotals total = activities.stream().map(ActivityTotals.NONE::plus).reduce(ActivityTotals.NONE, ActivityTotals::plus);

        assertThat(calendar.total()).isEqualTo(total);
        assertThat(sum(calendar.weeks())).isEqualTo(total);
        assertThat(sum(calendar.months())).isEqualTo(total);
        assertThat(total.attempts()).isEqualTo(activities.size());
        assertThat(total.firstActivityAt()).isEqualTo(activities.stream().map(Activity::at).min(Instant::compareTo));
        assertThat(calendar.weeks().keySet()).allSatisfy(week -> assertThat(week.getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY));
        assertThat(calendar.months().keySet()).allSatisfy(month -> assertThat(month.getDayOfMonth()).isEqualTo(1));
        calendar.days().forEach((day, totals) -> assertThat(totals.firstActivityAt().orElseThrow().atZone(zone).toLocalDate())
                .isEqualTo(day));
    }

    @Provide
    Arbitrary<ZoneId> zones() {
        return ProgressArbitraries.zones();
    }

    private static SortedMap<LocalDate, ActivityTotals> merge(Map<LocalDate, ActivityTotals> a, Map<LocalDate, ActivityTotals> b) {
        SortedMap<LocalDate, ActivityTotals> merged = new java.util.TreeMap<>(a);
        b.forEach((date, totals) -> merged.merge(date, totals, ActivityTotals::plus));
        return merged;
    }

    private static ActivityTotals sum(Map<LocalDate, ActivityTotals> periods) {
        return periods.values().stream().reduce(ActivityTotals.NONE, ActivityTotals::plus);
    }

    @Example
    void anInstantFallsInTheLearnersLocalDayWeekAndMonth() {
        Instant sundayNightInLosAngeles = Instant.parse("2024-03-31T23:30:00-07:00");

        assertThat(LocalPeriods.of(sundayNightInLosAngeles, LOS_ANGELES))
                .isEqualTo(new LocalPeriods(LocalDate.parse("2024-03-31"), LocalDate.parse("2024-03-25"), LocalDate.parse("2024-03-01")));
        assertThat(LocalPeriods.of(sundayNightInLosAngeles, TOKYO))
                .isEqualTo(new LocalPeriods(LocalDate.parse("2024-04-01"), LocalDate.parse("2024-04-01"), LocalDate.parse("2024-04-01")));
        assertRefused("zone", () -> LocalPeriods.of(sundayNightInLosAngeles, null));
        assertRefused("zone", () -> ActivityCalendar.of(List.of(), null));
    }

    @Example
    void totalsAddUpAndKeepTheEarliestActivity() {
        Instant early = Instant.parse("2024-03-15T08:00:00Z");
        List<Activity> activities = new ArrayList<>(List.of(new Activity(early.plusSeconds(60), 10, 30_000, true, true),
                new Activity(early, 0, 12_000, false, false)));

        ActivityTotals totals = ActivityCalendar.of(activities, TOKYO).days().get(LocalDate.parse("2024-03-15"));

        assertThat(totals).isEqualTo(new ActivityTotals(10, 2, 1, 1, 42_000, Optional.of(early)));
        assertThat(totals.accuracy()).isEqualTo(0.5);
        assertThat(ActivityTotals.NONE.accuracy()).isZero();
        assertRefused("duration_ms", () -> new Activity(early, 1, -1, true, true));
        assertRefused("xp_awarded", () -> new Activity(early, -1, 1, true, true));
    }
}
