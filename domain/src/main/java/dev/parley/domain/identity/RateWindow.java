package dev.parley.domain.identity;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * A sliding-window log: the times of the requests admitted within the last window. It admits a request only
 * while fewer than {@code limit} were admitted in the preceding window, so no rolling window ever holds more
 * than {@code limit}; refused requests are not recorded and so consume nothing.
 */
public record RateWindow(long[] admittedEpochMillis) {
    public RateWindow {
        admittedEpochMillis = admittedEpochMillis.clone();
        Arrays.sort(admittedEpochMillis);
    }

    public static RateWindow empty() {
        return new RateWindow(new long[0]);
    }

    /** Decides one request at {@code now}; the returned window is what to store next. */
    public RateDecision attempt(Instant now, RatePolicy policy) {
        long nowMillis = now.toEpochMilli();
        long windowMillis = policy.window().toMillis();
        long[] live = Arrays.stream(admittedEpochMillis).filter(t -> t > nowMillis - windowMillis).toArray();
        if (live.length < policy.limit()) {
            long[] next = Arrays.copyOf(live, live.length + 1);
            next[live.length] = nowMillis;
            int remaining = policy.limit() - next.length;
            return new RateDecision(true, remaining, secondsUntil(next[0] + windowMillis, nowMillis), 0, new RateWindow(next));
        }
        long slotFreesAt = live[live.length - policy.limit()] + windowMillis;
        long retryAfter = Math.max(1, secondsUntil(slotFreesAt, nowMillis));
        return new RateDecision(false, 0, secondsUntil(live[0] + windowMillis, nowMillis), retryAfter, new RateWindow(live));
    }

    private static long secondsUntil(long epochMillis, long nowMillis) {
        return Math.max(0, Math.ceilDiv(epochMillis - nowMillis, 1000L));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RateWindow other && Arrays.equals(admittedEpochMillis, other.admittedEpochMillis);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(admittedEpochMillis);
    }

    @Override
    public String toString() {
        return "RateWindow" + Arrays.toString(admittedEpochMillis);
    }

    /**
     * How many requests a key may make per window. A window is at most {@link #LONGEST_WINDOW}, so housekeeping may
     * forget a window untouched that long ({@code Retention.IDLE_RATE_WINDOWS}).
     */
    public record RatePolicy(int limit, Duration window) {
        public static final Duration LONGEST_WINDOW = Duration.ofHours(1);

        public RatePolicy {
            if (limit < 1) {
                throw new IllegalArgumentException("limit must be at least 1");
            }
            if (window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("window must be positive");
            }
            if (window.compareTo(LONGEST_WINDOW) > 0) {
                throw new IllegalArgumentException("window must be at most " + LONGEST_WINDOW);
            }
        }

        public static RatePolicy perMinute(int limit) {
            return new RatePolicy(limit, Duration.ofSeconds(60));
        }
    }

    /**
     * The outcome of one attempt: whether it was admitted, how many more fit now, seconds until the window is
     * empty again ({@code resetSeconds}), and for a refusal the whole seconds until a slot frees.
     */
    public record RateDecision(boolean admitted, int remaining, long resetSeconds, long retryAfterSeconds, RateWindow next) {
    }
}
