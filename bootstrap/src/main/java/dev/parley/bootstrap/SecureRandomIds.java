package dev.parley.bootstrap;

import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.application.shared.port.out.SecretGenerator;
import java.security.SecureRandom;
import java.util.UUID;

/** Ids and secrets from the platform's strong random source. */
public final class SecureRandomIds implements IdGenerator, SecretGenerator {
    private static final String ALPHANUMERICS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final long MAX_SAFE_INTEGER = (1L << 53) - 1;
    private final SecureRandom random = new SecureRandom();

    @Override
    public UUID newUuid() {
        return UUID.randomUUID();
    }

    @Override
    public UUID newTimeOrderedUuid() {
        return TimeOrderedUuids.next(System.currentTimeMillis(), random.nextLong(), random.nextLong());
    }

    @Override
    public long newLongId() {
        return 1 + random.nextLong(MAX_SAFE_INTEGER);
    }

    @Override
    public String alphanumerics(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHANUMERICS.charAt(random.nextInt(ALPHANUMERICS.length())));
        }
        return out.toString();
    }

    @Override
    public byte[] bytes(int length) {
        byte[] out = new byte[length];
        random.nextBytes(out);
        return out;
    }
}
