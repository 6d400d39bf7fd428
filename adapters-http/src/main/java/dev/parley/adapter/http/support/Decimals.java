package dev.parley.adapter.http.support;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as the b2b surface shows them: rounded half up to four decimals (0.7807). */
public final class Decimals {
    private Decimals() {
    }

    public static double fourPlaces(double share) {
        return BigDecimal.valueOf(share).setScale(4, RoundingMode.HALF_UP).doubleValue();
    }
}
