package dev.parley.adapter.persistence.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * An instant spelled exactly as {@link Instant#toString()} does (ISO-8601 in UTC, fractional seconds in groups of
 * three digits as needed), without the general formatter's per-call work, which two timestamps a row make count.
 */
final class InstantText {
    /** {@code yyyy-mm-ddThh:mm:ss.nnnnnnnnnZ}. */
    static final int LONGEST = 30;
    private static final int SECONDS_PER_DAY = 86_400;

    private InstantText() {
    }

    static String of(OffsetDateTime time) {
        return of(time.toEpochSecond(), time.getNano());
    }

    static String of(long epochSecond, int nano) {
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, SECONDS_PER_DAY));
        int year = day.getYear();
        if (year < 0 || year > 9999) {
            return Instant.ofEpochSecond(epochSecond, nano).toString();
        }
        int secondOfDay = (int) Math.floorMod(epochSecond, SECONDS_PER_DAY);
        char[] text = new char[LONGEST];
        int at = digits(text, 0, year, 4);
        text[at++] = '-';
        at = digits(text, at, day.getMonthValue(), 2);
        text[at++] = '-';
        at = digits(text, at, day.getDayOfMonth(), 2);
        text[at++] = 'T';
        at = digits(text, at, secondOfDay / 3600, 2);
        text[at++] = ':';
        at = digits(text, at, secondOfDay / 60 % 60, 2);
        text[at++] = ':';
        at = digits(text, at, secondOfDay % 60, 2);
        at = fractionAndZone(text, at, nano);
        return new String(text, 0, at);
    }

    /** Writes {@code .} and the nanoseconds in groups of three digits as needed (nothing for none), then {@code Z}; where it ended. */
    static int fractionAndZone(char[] text, int at, int nano) {
        if (nano != 0) {
            text[at++] = '.';
            if (nano % 1_000_000 == 0) {
                at = digits(text, at, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                at = digits(text, at, nano / 1_000, 6);
            } else {
                at = digits(text, at, nano, 9);
            }
        }
        text[at++] = 'Z';
        return at;
    }

    private static int digits(char[] text, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
        return at + width;
    }
}
