package dev.parley.domain.shared;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long Parley keeps something it no longer needs, and so what housekeeping may delete: whatever stopped being
 * needed at or before {@link #cutoff} of now. The constants are the platform's retention policy.
 */
public record Retention(Duration period) {
    /**
     * Outbox events once dispatched: each delivery keeps its own copy of the exact bytes, so a published event is only
     * evidence of what happened, kept a week for looking into an incident.
     */
    public static final Retention PUBLISHED_EVENTS = new Retention(Duration.ofDays(7));

    /** Finished webhook deliveries and their attempts: the delivery log customers read goes back 30 days. */
    public static final Retention FINISHED_DELIVERIES = new Retention(Duration.ofDays(30));

    /** An {@code Idempotency-Key} replays its first response for 24 hours, and is forgotten after. */
    public static final Retention IDEMPOTENCY_KEYS = new Retention(Duration.ofHours(24));

    /**
     * A rate-limit window untouched for an hour: no rate policy's window is longer than an hour, so it holds no
     * admission that still counts, and an empty window behaves exactly like a missing one.
     */
    public static final Retention IDLE_RATE_WINDOWS = new Retention(Duration.ofHours(1));

    public Retention {
        Objects.requireNonNull(period, "period");
        if (period.isNegative() || period.isZero()) {
            throw new IllegalArgumentException("a retention period is positive, not " + period);
        }
    }

    /** The latest instant that counts as old at {@code now}. */
    public Instant cutoff(Instant now) {
        return now.minus(period);
    }

    /** True when something that stopped being needed {@code at} is old at {@code now}. */
    public boolean isOld(Instant at, Instant now) {
        return !at.isAfter(cutoff(now));
    }
}
