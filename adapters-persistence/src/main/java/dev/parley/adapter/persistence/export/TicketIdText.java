package dev.parley.adapter.persistence.export;

import java.util.UUID;

/**
 * A ticket's id as the helpdesk spells it, {@code tkt_} and the UUID's 128 bits as an unsigned number in lowercase base
 * 36, computed on 32-bit limbs five digits at a time instead of through {@code BigInteger}, which a million rows feel:
 * 36<sup>5</sup> is below 2<sup>26</sup>, so every step divides a positive long by a constant, which the JIT turns into
 * a multiplication.
 */
final class TicketIdText {
    private static final String PREFIX = "tkt_";
    private static final long FIVE_DIGITS = 36L * 36 * 36 * 36 * 36;
    private static final int DIGITS_PER_STEP = 5;
    /** 36<sup>25</sup> is above 2<sup>128</sup>. */
    private static final int MAX_DIGITS = 25;
    private static final char[] DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz".toCharArray();

    private TicketIdText() {
    }

    static String of(UUID id) {
        long high = id.getMostSignificantBits();
        long low = id.getLeastSignificantBits();
        long l0 = high >>> 32;
        long l1 = high & 0xffffffffL;
        long l2 = low >>> 32;
        long l3 = low & 0xffffffffL;
        char[] text = new char[PREFIX.length() + MAX_DIGITS];
        int at = text.length;
        do {
            long n = l0;
            l0 = n / FIVE_DIGITS;
            n = (n - l0 * FIVE_DIGITS) << 32 | l1;
            l1 = n / FIVE_DIGITS;
            n = (n - l1 * FIVE_DIGITS) << 32 | l2;
            l2 = n / FIVE_DIGITS;
            n = (n - l2 * FIVE_DIGITS) << 32 | l3;
            l3 = n / FIVE_DIGITS;
            int chunk = (int) (n - l3 * FIVE_DIGITS);
            for (int i = 0; i < DIGITS_PER_STEP; i++) {
                text[--at] = DIGITS[chunk % 36];
                chunk /= 36;
            }
        } while ((l0 | l1 | l2 | l3) != 0);
        while (at < text.length - 1 && text[at] == '0') {
            at++;
        }
        at -= PREFIX.length();
        PREFIX.getChars(0, PREFIX.length(), text, at);
        return new String(text, at, text.length - at);
    }
}
