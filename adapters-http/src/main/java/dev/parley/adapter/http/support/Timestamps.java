package dev.parley.adapter.http.support;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The time formats of the surfaces, all in UTC. */
public final class Timestamps {
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private static final DateTimeFormatter SPACED = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** {@code 2024-03-15T14:23:00Z}, as the helpdesk shows time. */
    public static String seconds(Instant instant) {
        return instant == null ? null : SECONDS.format(instant);
    }

    /** {@code 2024-03-15 14:23:00}, as the live chat surface shows time. */
    public static String spaced(Instant instant) {
        return instant == null ? null : SPACED.format(instant);
    }

    /** {@code 2024-03-15T14:23:00.000000Z}, as Laravel serialises dates. */
    public static String micros(Instant instant) {
        return instant == null ? null : MICROS.format(instant);
    }
}
