package dev.parley.adapter.http.support;

import java.math.BigInteger;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The helpdesk's id dialect: a type prefix and the number in lowercase base 36, e.g. {@code tkt_2x4k...}.
 * Decoding is strict, so every id has exactly one spelling.
 */
public final class PrefixedIds {
    private static final Pattern DIGITS = Pattern.compile("^[0-9a-z]{1,25}$");
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);
    private static final BigInteger MAX_UUID = BigInteger.ONE.shiftLeft(128);
    private static final int UUID_DIGITS = 25;
    private static final long FIVE_DIGITS = 36L * 36 * 36 * 36 * 36;

    private PrefixedIds() {
    }

    public static String encode(String prefix, long value) {
        return prefix + "_" + Long.toString(value, 36);
    }

    public static String encode(String prefix, UUID value) {
        return prefix + "_" + base36(value);
    }

    public static Optional<Long> decodeLong(String prefix, String raw) {
        return digits(prefix, raw).flatMap(d -> {
            BigInteger n = new BigInteger(d, 36);
            boolean fits = n.signum() > 0 && n.bitLength() < 64;
            return fits && n.toString(36).equals(d) ? Optional.of(n.longValueExact()) : Optional.empty();
        });
    }

    public static Optional<UUID> decodeUuid(String prefix, String raw) {
        return digits(prefix, raw).flatMap(d -> {
            BigInteger n = new BigInteger(d, 36);
            if (n.compareTo(MAX_UUID) >= 0 || !n.toString(36).equals(d)) {
                return Optional.empty();
            }
            return Optional.of(new UUID(n.shiftRight(64).longValue(), n.mod(TWO_TO_64).longValue()));
        });
    }

    private static Optional<String> digits(String prefix, String raw) {
        String head = prefix + "_";
        if (raw == null || !raw.startsWith(head)) {
            return Optional.empty();
        }
        String digits = raw.substring(head.length());
        return DIGITS.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
    }

    /**
     * The UUID's 128 bits as an unsigned number in base 36, by long division of its four 32-bit parts by 36^5 (small
     * enough that a remainder shifted past a part still fits a long), five digits at a time.
     */
    private static String base36(UUID value) {
        long high = value.getMostSignificantBits();
        long low = value.getLeastSignificantBits();
        long[] parts = {high >>> 32, high & 0xFFFF_FFFFL, low >>> 32, low & 0xFFFF_FFFFL};
        char[] digits = new char[UUID_DIGITS];
        int start = UUID_DIGITS;
        boolean more = true;
        while (more) {
            long remainder = 0;
            more = false;
            for (int i = 0; i < parts.length; i++) {
                long dividend = remainder << 32 | parts[i];
                parts[i] = dividend / FIVE_DIGITS;
                remainder = dividend % FIVE_DIGITS;
                more |= parts[i] != 0;
            }
            for (int d = 0; d < 5 && (more || remainder != 0 || start == UUID_DIGITS); d++) {
                digits[--start] = Character.forDigit((int) (remainder % 36), 36);
                remainder /= 36;
            }
        }
        return new String(digits, start, UUID_DIGITS - start);
    }
}
