package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.progress.ProgressHistory.Bucket;
import dev.parley.domain.shared.InvalidInput;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The minutes a learner spent in the ISO week (Monday first) of their local today and in the week before, each rounded
 * as a progress-history bucket rounds its time, and the change from last week in whole percent: rounded half away from
 * zero, none when last week had no minutes to compare with.
 */
public record WeekOverWeek(long minutesThisWeek, long minutesLastWeek) {
    public WeekOverWeek {
        if (minutesThisWeek < 0 || minutesLastWeek < 0) {
            throw new InvalidInput("minutes", "must not be negative");
        }
    }

    /** The Monday of the week holding {@code today}. */
    public static LocalDate thisWeek(LocalDate today) {
        InvalidInput.required("today", today);
        return Granularity.WEEK.bucketStart(today);
    }

    /** The Monday of the week before the one holding {@code today}. */
    public static LocalDate lastWeek(LocalDate today) {
        return thisWeek(today).minusWeeks(1);
    }

    /** The two weeks around {@code today} from week totals keyed by their Monday; other weeks are ignored, missing ones are empty. */
    public static WeekOverWeek of(LocalDate today, Map<LocalDate, ActivityTotals> weeks) {
        InvalidInput.required("weeks", weeks);
        return new WeekOverWeek(minutes(thisWeek(today), weeks), minutes(lastWeek(today), weeks));
    }

    private static long minutes(LocalDate monday, Map<LocalDate, ActivityTotals> weeks) {
        ActivityTotals week = weeks.getOrDefault(monday, ActivityTotals.NONE);
        return new Bucket(monday, week.xp(), Math.toIntExact(week.itemsCompleted()), week.durationMs()).minutes();
    }

    /** {@code (this - last) * 100 / last} rounded half away from zero; empty when last week had no minutes. */
    public Optional<Long> changePercent() {
        if (minutesLastWeek == 0) {
            return Optional.empty();
        }
        long delta = Math.multiplyExact(Math.subtractExact(minutesThisWeek, minutesLastWeek), 100L);
        long rounded = (Math.abs(delta) * 2 + minutesLastWeek) / (minutesLastWeek * 2);
        return Optional.of(delta < 0 ? -rounded : rounded);
    }
}
