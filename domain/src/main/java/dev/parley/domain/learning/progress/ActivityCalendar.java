package dev.parley.domain.learning.progress;

import dev.parley.domain.shared.InvalidInput;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A learner's activity summed per local day, ISO week and month of their zone ({@link LocalPeriods}), only periods with
 * activity present. Adding activities one at a time gives the same calendar as building it from all of them at once,
 * so stored totals can be kept up attempt by attempt and rebuilt from the attempts when the zone changes.
 */
public record ActivityCalendar(SortedMap<LocalDate, ActivityTotals> days, SortedMap<LocalDate, ActivityTotals> weeks,
                               SortedMap<LocalDate, ActivityTotals> months) {
    public ActivityCalendar {
        days = Collections.unmodifiableSortedMap(new TreeMap<>(days));
        weeks = Collections.unmodifiableSortedMap(new TreeMap<>(weeks));
        months = Collections.unmodifiableSortedMap(new TreeMap<>(months));
    }

    /** The calendar of these activities in {@code zone}. */
    public static ActivityCalendar of(Collection<Activity> activities, ZoneId zone) {
        InvalidInput.required("zone", zone);
        TreeMap<LocalDate, ActivityTotals> days = new TreeMap<>();
        TreeMap<LocalDate, ActivityTotals> weeks = new TreeMap<>();
        TreeMap<LocalDate, ActivityTotals> months = new TreeMap<>();
        for (Activity activity : activities) {
            LocalPeriods periods = LocalPeriods.of(activity.at(), zone);
            days.merge(periods.day(), ActivityTotals.NONE.plus(activity), ActivityTotals::plus);
            weeks.merge(periods.week(), ActivityTotals.NONE.plus(activity), ActivityTotals::plus);
            months.merge(periods.month(), ActivityTotals.NONE.plus(activity), ActivityTotals::plus);
        }
        return new ActivityCalendar(days, weeks, months);
    }

    /** Everything in the calendar. */
    public ActivityTotals total() {
        return days.values().stream().reduce(ActivityTotals.NONE, ActivityTotals::plus);
    }
}
