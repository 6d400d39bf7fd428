package dev.parley.domain.webhook;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A receiver's {@code Retry-After} answer (RFC 9110 §10.2.3): whole seconds to wait or an IMF-fixdate HTTP-date.
 * It is honoured for at most {@link #CAP}, so a receiver cannot park a delivery for days.
 */
public sealed interface RetryAfter {
    Duration CAP = Duration.ofHours(1);

    /** The earliest time the next attempt may start, between {@code now} and {@code now} + {@link #CAP}. */
    Instant notBefore(Instant now);

    /** Reads the header value; empty when it is missing or neither form. */
    static Optional<RetryAfter> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (value.matches("[0-9]{1,18}")) {
            return Optional.of(new Seconds(Long.parseLong(value)));
        }
        if (value.matches("[0-9]+")) {
            return Optional.of(new Seconds(Long.MAX_VALUE));
        }
        try {
            return Optional.of(new Date(ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant()));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** Delay-seconds. */
    record Seconds(long seconds) implements RetryAfter {
        public Seconds {
            if (seconds < 0) {
                throw new IllegalArgumentException("Retry-After seconds cannot be negative");
            }
        }

        @Override
        public Instant notBefore(Instant now) {
            return now.plusSeconds(Math.min(seconds, CAP.toSeconds()));
        }
    }

    /** An HTTP-date; one in the past means "now". */
    record Date(Instant at) implements RetryAfter {
        @Override
        public Instant notBefore(Instant now) {
            Instant latest = now.plus(CAP);
            return at.isBefore(now) ? now : at.isAfter(latest) ? latest : at;
        }
    }
}
