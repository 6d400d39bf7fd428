package dev.parley.bootstrap;

import java.util.UUID;

/** UUIDs of version 7 (RFC 9562): 48 bits of Unix milliseconds, the version, then 74 random bits and the variant. */
final class TimeOrderedUuids {
    private static final long MILLIS = (1L << 48) - 1;

    private TimeOrderedUuids() {
    }

    static UUID next(long unixMillis, long randomHigh, long randomLow) {
        long mostSignificant = (unixMillis & MILLIS) << 16 | 0x7000L | randomHigh & 0x0FFFL;
        long leastSignificant = randomLow & 0x3FFF_FFFF_FFFF_FFFFL | 0x8000_0000_0000_0000L;
        return new UUID(mostSignificant, leastSignificant);
    }
}
