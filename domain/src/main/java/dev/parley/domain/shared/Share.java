package dev.parley.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A part of a whole as the APIs show it: exact division rounded half up to four decimals (0.7807), 0 for an empty whole. */
public final class Share {
    private static final int DECIMALS = 4;

    private Share() {
    }

    public static double of(long part, long whole) {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("a share needs 0 <= part <= whole, got " + part + " of " + whole);
        }
        if (whole == 0) {
            return 0;
        }
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), DECIMALS, RoundingMode.HALF_UP).doubleValue();
    }
}
