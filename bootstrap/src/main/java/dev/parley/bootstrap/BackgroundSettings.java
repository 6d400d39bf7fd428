package dev.parley.bootstrap;

import dev.parley.application.export.ExportService;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often housekeeping runs ({@code PARLEY_HOUSEKEEPING_INTERVAL}, by default 10m, from 1s to 24h) and how long an
 * export run holds its job before it is presumed dead and rerun ({@code PARLEY_EXPORT_LEASE}, by default 15m, from
 * 1s to 24h): whole numbers with a unit {@code ms}, {@code s}, {@code m} or {@code h}.
 */
public record BackgroundSettings(Duration housekeepingInterval, Duration exportLease) {
    public static final String HOUSEKEEPING_INTERVAL = "PARLEY_HOUSEKEEPING_INTERVAL";
    public static final String EXPORT_LEASE = "PARLEY_EXPORT_LEASE";
    public static final Duration DEFAULT_HOUSEKEEPING_INTERVAL = Duration.ofMinutes(10);
    private static final Duration SHORTEST = Duration.ofSeconds(1);
    private static final Duration LONGEST = Duration.ofHours(24);
    private static final Pattern DURATION = Pattern.compile("^([0-9]{1,9})(ms|s|m|h)$");

    public static BackgroundSettings fromConfig(Config config) {
        return new BackgroundSettings(duration(HOUSEKEEPING_INTERVAL, config.housekeepingInterval(), DEFAULT_HOUSEKEEPING_INTERVAL),
                duration(EXPORT_LEASE, config.exportLease(), ExportService.LEASE));
    }

    private static Duration duration(String setting, Optional<String> raw, Duration fallback) {
        if (raw.isEmpty()) {
            return fallback;
        }
        Matcher matcher = DURATION.matcher(raw.get().strip());
        if (!matcher.matches()) {
            throw new ConfigurationError(setting + " must be a whole number with a unit ms, s, m or h, such as 10m; got " + raw.get());
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration duration = switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
        if (duration.compareTo(SHORTEST) < 0 || duration.compareTo(LONGEST) > 0) {
            throw new ConfigurationError(setting + " must be from 1s to 24h, got " + raw.get());
        }
        return duration;
    }
}
