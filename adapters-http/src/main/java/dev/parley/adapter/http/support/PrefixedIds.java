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

    private PrefixedIds() {
    }

    public static String encode(String prefix, long value) {
        return prefix + "_" + Long.toString(value, 36);
    }

    public static String encode(String prefix, UUID value) {
        return prefix + "_" + toBigInteger(value).toString(36);
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

    private static BigInteger toBigInteger(UUID value) {
        BigInteger high = BigInteger.valueOf(value.getMostSignificantBits()).mod(TWO_TO_64);
        BigInteger low = BigInteger.valueOf(value.getLeastSignificantBits()).mod(TWO_TO_64);
        return high.shiftLeft(64).add(low);
    }
}
