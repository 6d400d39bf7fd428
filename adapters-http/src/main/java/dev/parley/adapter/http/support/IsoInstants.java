package dev.parley.adapter.http.support;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Parses ISO-8601 instants as {@link Instant#parse} does. The UTC form {@link Instant#toString} writes for years 0000 to
 * 9999 ({@code 2026-11-21T20:08:09.663123Z}, zero to nine fraction digits) is read directly; every other form goes to
 * {@code Instant.parse}, whose formatter costs more than the rest of reading an event.
 */
public final class IsoInstants {
    private static final int SECONDS_END = 19;

    private IsoInstants() {
    }

    public static Instant parse(CharSequence text) {
        return isUtcSeconds(text) ? direct(text) : Instant.parse(text);
    }

    private static boolean isUtcSeconds(CharSequence text) {
        int length = text.length();
        if (length < SECONDS_END + 1 || length > SECONDS_END + 11 || text.charAt(length - 1) != 'Z'
                || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T' || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return false;
        }
        for (int i : new int[] {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18}) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        if (length == SECONDS_END + 1) {
            return true;
        }
        if (text.charAt(SECONDS_END) != '.' || length == SECONDS_END + 2) {
            return false;
        }
        for (int i = SECONDS_END + 1; i < length - 1; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Reads a string {@link #isUtcSeconds} accepted; out-of-range fields fall back to {@code Instant.parse}'s error. */
    private static Instant direct(CharSequence text) {
        int month = number(text, 5, 7);
        int day = number(text, 8, 10);
        int hour = number(text, 11, 13);
        int minute = number(text, 14, 16);
        int second = number(text, 17, 19);
        if (month < 1 || month > 12 || day < 1 || day > 28 && day > LocalDate.of(number(text, 0, 4), month, 1).lengthOfMonth()
                || hour > 23 || minute > 59 || second > 59) {
            return Instant.parse(text);
        }
        long days = LocalDate.of(number(text, 0, 4), month, day).toEpochDay();
        int nanos = 0;
        int fractionEnd = text.length() - 1;
        for (int i = SECONDS_END + 1, scale = 100_000_000; i < fractionEnd; i++, scale /= 10) {
            nanos += (text.charAt(i) - '0') * scale;
        }
        return Instant.ofEpochSecond(days * 86_400 + hour * 3_600L + minute * 60L + second, nanos);
    }

    private static int number(CharSequence text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
