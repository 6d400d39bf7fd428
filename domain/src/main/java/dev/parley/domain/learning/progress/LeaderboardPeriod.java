package dev.parley.domain.learning.progress;

import dev.parley.domain.shared.InvalidInput;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The local dates a leaderboard counts XP over: the ISO week (from its Monday) or the month holding a day, as the
 * per-learner week and month totals are dated, or all time without dates.
 */
public record LeaderboardPeriod(LeaderboardWindow window, Optional<LocalDate> start) {
    public LeaderboardPeriod {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(start, "start");
        boolean aligned = switch (window) {
            case WEEK -> start.filter(day -> day.getDayOfWeek() == DayOfWeek.MONDAY).isPresent();
            case MONTH -> start.filter(day -> day.getDayOfMonth() == 1).isPresent();
            case ALL -> start.isEmpty();
        };
        if (!aligned) {
            throw new InvalidInput("start", "must be a Monday for a week, a first day for a month, and absent for all time");
        }
    }

    /** The window's period that holds {@code today}. */
    public static LeaderboardPeriod holding(LeaderboardWindow window, LocalDate today) {
        InvalidInput.required("today", today);
        return new LeaderboardPeriod(window, switch (window) {
            case WEEK -> Optional.of(Granularity.WEEK.bucketStart(today));
            case MONTH -> Optional.of(today.withDayOfMonth(1));
            case ALL -> Optional.empty();
        });
    }

    /** The last day counted: the Sunday of the week or the last day of the month; none for all time. */
    public Optional<LocalDate> end() {
        return start.map(first -> switch (window) {
            case WEEK -> first.plusDays(6);
            case MONTH -> first.plusMonths(1).minusDays(1);
            case ALL -> throw new IllegalStateException("all time has no dates");
        });
    }
}
