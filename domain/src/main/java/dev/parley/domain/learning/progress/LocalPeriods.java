package dev.parley.domain.learning.progress;

import dev.parley.domain.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The local periods an instant falls in, in a zone: its day, its ISO week (dated by its Monday) and its month (dated by
 * its first day), the same periods {@link Granularity} and {@link LeaderboardWindow} count in.
 */
public record LocalPeriods(LocalDate day, LocalDate week, LocalDate month) {
    public static LocalPeriods of(Instant at, ZoneId zone) {
        InvalidInput.required("at", at);
        InvalidInput.required("zone", zone);
        LocalDate day = at.atZone(zone).toLocalDate();
        return new LocalPeriods(day, Granularity.WEEK.bucketStart(day), day.withDayOfMonth(1));
    }
}
