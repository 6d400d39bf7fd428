package dev.parley.domain.webhook;

import dev.parley.domain.shared.InvalidInput;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long to wait before each retry of a failed delivery, set with {@code PARLEY_WEBHOOK_RETRY_DELAYS} (such as
 * {@code 1s,2s,4s}); by default 1 min, 10 min and 60 min. Each wait is jittered by ±20 %: a uniform factor
 * between 0.8 and 1.2, so receivers that failed together do not all come back in the same second, while a retry is
 * never earlier than 80 % of its configured delay.
 */
public record RetrySchedule(List<Duration> delays) {
    public static final String SETTING = "PARLEY_WEBHOOK_RETRY_DELAYS";
    public static final double JITTER = 0.2;
    public static final int MAX_RETRIES = 10;
    public static final Duration LONGEST_DELAY = Duration.ofHours(24);
    public static final RetrySchedule DEFAULT = new RetrySchedule(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMinutes(60)));
    private static final Pattern DELAY = Pattern.compile("^([0-9]{1,9})(ms|s|m|h)$");

    public RetrySchedule {
        delays = List.copyOf(delays);
        if (delays.isEmpty() || delays.size() > MAX_RETRIES) {
            throw new InvalidInput(SETTING, "must list 1 to " + MAX_RETRIES + " delays, such as 1m,10m,60m");
        }
        for (Duration delay : delays) {
            if (delay.isNegative() || delay.isZero() || delay.compareTo(LONGEST_DELAY) > 0) {
                throw new InvalidInput(SETTING, "has a delay of " + delay + "; each must be more than 0 and at most 24h");
            }
        }
    }

    /** Reads a comma-separated list of whole numbers with a unit ({@code ms}, {@code s}, {@code m}, {@code h}). */
    public static RetrySchedule parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new InvalidInput(SETTING, "must list 1 to " + MAX_RETRIES + " delays, such as 1m,10m,60m");
        }
        List<Duration> delays = new ArrayList<>();
        for (String entry : raw.split(",", -1)) {
            Matcher delay = DELAY.matcher(entry.strip());
            if (!delay.matches()) {
                throw new InvalidInput(SETTING, "has \"" + entry.strip() + "\"; write each delay as a whole number with a unit ms, s, m or h, such as 1s,2s,4s");
            }
            long amount = Long.parseLong(delay.group(1));
            delays.add(switch (delay.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            });
        }
        return new RetrySchedule(delays);
    }

    /** One first attempt plus one per delay. */
    public int maxAttempts() {
        return 1 + delays.size();
    }

    /**
     * The wait before retry {@code retryNumber} (1 for the retry after the first attempt), jittered by
     * {@code jitterSample}, a uniform draw from [0, 1]: 0 gives 80 % of the delay, 1 gives 120 %.
     */
    public Duration delayBefore(int retryNumber, double jitterSample) {
        if (retryNumber < 1 || retryNumber > delays.size()) {
            throw new IllegalArgumentException("retry " + retryNumber + " is outside 1.." + delays.size());
        }
        if (!(jitterSample >= 0 && jitterSample <= 1)) {
            throw new IllegalArgumentException("a jitter sample lies in [0, 1], not " + jitterSample);
        }
        double factor = 1 + JITTER * (2 * jitterSample - 1);
        return Duration.ofMillis(Math.round(delays.get(retryNumber - 1).toMillis() * factor));
    }
}
