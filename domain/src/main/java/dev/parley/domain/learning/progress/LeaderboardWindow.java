package dev.parley.domain.learning.progress;

import dev.parley.domain.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The period a leaderboard counts XP over: this ISO week (from Monday), this month, or all time, in a zone. */
public enum LeaderboardWindow {
    WEEK,
    MONTH,
    ALL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static LeaderboardWindow parse(String raw) {
        return Arrays.stream(values()).filter(w -> w.wireName().equals(raw)).findFirst()
                .orElseThrow(() -> new InvalidInput("period", "must be one of week, month, all"));
    }

    /**
     * The first instant counted: the start of the local day (usually midnight, later where midnight is skipped) of the
     * Monday of {@code now}'s week or the first of its month in {@code zone}; empty for all time.
     */
    public Optional<Instant> start(Instant now, ZoneId zone) {
        InvalidInput.required("zone", zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        return switch (this) {
            case WEEK -> Optional.of(Granularity.WEEK.bucketStart(today).atStartOfDay(zone).toInstant());
            case MONTH -> Optional.of(today.withDayOfMonth(1).atStartOfDay(zone).toInstant());
            case ALL -> Optional.empty();
        };
    }
}
