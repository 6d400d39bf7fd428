package dev.parley.application.fake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** A UTC clock that stands still until a test sets or advances it; it ticks in microseconds like the real one. */
public final class MutableClock extends Clock {
    private Instant now;

    public MutableClock(Instant start) {
        this.now = start.truncatedTo(ChronoUnit.MICROS);
    }

    /** A clock at an instant with a non-zero microsecond part, so precision loss shows. */
    public static MutableClock standard() {
        return new MutableClock(Instant.parse("2024-03-15T14:23:00.123456Z"));
    }

    @Override
    public synchronized Instant instant() {
        return now;
    }

    public synchronized void set(Instant instant) {
        now = instant.truncatedTo(ChronoUnit.MICROS);
    }

    public synchronized Instant advance(Duration duration) {
        now = now.plus(duration).truncatedTo(ChronoUnit.MICROS);
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        if (!ZoneOffset.UTC.equals(zone.normalized())) {
            throw new UnsupportedOperationException("MutableClock is UTC only");
        }
        return this;
    }
}
