package dev.parley.domain.learning.progress;

import dev.parley.domain.shared.InvalidInput;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;

/** The size of a progress-history bucket: a local day, or an ISO week starting on Monday. */
public enum Granularity {
    DAY(366),
    WEEK(104);

    private final int maxBuckets;

    Granularity(int maxBuckets) {
        this.maxBuckets = maxBuckets;
    }

    /** The most buckets one history may hold: 366 days or 104 weeks. */
    public int maxBuckets() {
        return maxBuckets;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Granularity parse(String raw) {
        return Arrays.stream(values()).filter(g -> g.wireName().equals(raw)).findFirst()
                .orElseThrow(() -> new InvalidInput("granularity", "must be one of day, week"));
    }

    /** The first day of the bucket holding {@code date}. */
    public LocalDate bucketStart(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        };
    }

    /** The first day of the bucket before the one starting on {@code start}. */
    public LocalDate previous(LocalDate start) {
        return switch (this) {
            case DAY -> start.minusDays(1);
            case WEEK -> start.minusWeeks(1);
        };
    }

    /** The first day of the bucket after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
        };
    }
}
