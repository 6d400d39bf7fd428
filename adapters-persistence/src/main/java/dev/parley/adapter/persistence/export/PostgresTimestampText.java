package dev.parley.adapter.persistence.export;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Respells a {@code timestamptz} from the bytes PostgreSQL sent as {@link InstantText} spells the instant, without
 * a date-time object in between: in binary, microseconds since 2000-01-01 UTC; in text with {@code DateStyle} ISO,
 * {@code 2026-11-21 20:08:09.663+00} (up to six fractional digits, an offset of {@code +hh}, {@code +hh:mm} or
 * {@code +hh:mm:ss} in the session's time zone). {@code null} for anything else (years before 1 or after 9999 in text,
 * infinities, and the eight bytes {@code infinity} spells in either form), which the caller reads the slow way.
 */
final class PostgresTimestampText {
    private static final int SECONDS_PER_DAY = 86_400;
    private static final int BINARY_BYTES = 8;
    private static final long EPOCH_2000 = 946_684_800L;
    private static final long MICROS_PER_SECOND = 1_000_000L;
    /** As long as a binary value; the slow way knows which of the two (the binary one is in the year 242743) it is. */
    private static final byte[] INFINITY = "infinity".getBytes(StandardCharsets.US_ASCII);
    /** {@code yyyy-mm-dd hh:mm:ss+hh}. */
    private static final int SHORTEST = 22;
    private static final int SECONDS_END = 19;
    private static final int MAX_FRACTION_DIGITS = 9;

    private PostgresTimestampText() {
    }

    static String of(byte[] value) {
        if (value.length != BINARY_BYTES) {
            return ofText(value);
        }
        return Arrays.equals(value, INFINITY) ? null : ofBinary(value);
    }

    private static String ofBinary(byte[] value) {
        long micros = 0;
        for (byte b : value) {
            micros = micros << 8 | (b & 0xff);
        }
        if (micros == Long.MAX_VALUE || micros == Long.MIN_VALUE) {
            return null;
        }
        long epochSecond = Math.floorDiv(micros, MICROS_PER_SECOND) + EPOCH_2000;
        int nano = (int) Math.floorMod(micros, MICROS_PER_SECOND) * 1000;
        return InstantText.of(epochSecond, nano);
    }

    private static String ofText(byte[] text) {
        int length = text.length;
        if (length < SHORTEST || charAt(text, 4) != '-' || charAt(text, 7) != '-' || charAt(text, 10) != ' ' || charAt(text, 13) != ':'
                || charAt(text, 16) != ':') {
            return null;
        }
        int year = number(text, 0, 4);
        int month = number(text, 5, 2);
        int day = number(text, 8, 2);
        int hour = number(text, 11, 2);
        int minute = number(text, 14, 2);
        int second = number(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0 || year == 0 || month == 0 || month > 12 || day == 0 || day > 31 || hour > 23
                || minute > 59 || second > 59) {
            return null;
        }
        int at = SECONDS_END;
        int nano = 0;
        if (charAt(text, at) == '.') {
            int digits = 0;
            for (at++; at < length && isDigit(charAt(text, at)); at++, digits++) {
                nano = digits < MAX_FRACTION_DIGITS ? nano * 10 + (charAt(text, at) - '0') : -1;
            }
            if (digits == 0 || nano < 0) {
                return null;
            }
            for (; digits < MAX_FRACTION_DIGITS; digits++) {
                nano *= 10;
            }
        }
        int offset = offsetSeconds(text, at);
        if (offset == Integer.MIN_VALUE) {
            return null;
        }
        if (offset == 0) {
            char[] spelled = new char[InstantText.LONGEST];
            for (int i = 0; i < SECONDS_END; i++) {
                spelled[i] = (char) text[i];
            }
            spelled[10] = 'T';
            return new String(spelled, 0, InstantText.fractionAndZone(spelled, SECONDS_END, nano));
        }
        if (day > LocalDate.of(year, month, 1).lengthOfMonth()) {
            return null;
        }
        long epochSecond = LocalDate.of(year, month, day).toEpochDay() * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second - offset;
        return InstantText.of(epochSecond, nano);
    }

    /** The offset from {@code at} to the end as {@code ±hh}, {@code ±hh:mm} or {@code ±hh:mm:ss} in seconds; {@code MIN_VALUE} if it is not one. */
    private static int offsetSeconds(byte[] text, int at) {
        int length = text.length - at;
        if (length != 3 && length != 6 && length != 9) {
            return Integer.MIN_VALUE;
        }
        char sign = charAt(text, at);
        if (sign != '+' && sign != '-') {
            return Integer.MIN_VALUE;
        }
        int seconds = 0;
        for (int part = 0; part * 3 < length; part++) {
            int start = at + 1 + part * 3;
            if (part > 0 && charAt(text, start - 1) != ':') {
                return Integer.MIN_VALUE;
            }
            int value = number(text, start, 2);
            if (value < 0 || part > 0 && value > 59) {
                return Integer.MIN_VALUE;
            }
            seconds = seconds * 60 + value;
        }
        for (int part = length / 3; part < 3; part++) {
            seconds *= 60;
        }
        return sign == '-' ? -seconds : seconds;
    }

    /** The decimal number of {@code width} digits at {@code at}; negative if one of them is not a digit. */
    private static int number(byte[] text, int at, int width) {
        int value = 0;
        for (int i = at; i < at + width; i++) {
            char c = charAt(text, i);
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static char charAt(byte[] text, int at) {
        return (char) (text[at] & 0xff);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
