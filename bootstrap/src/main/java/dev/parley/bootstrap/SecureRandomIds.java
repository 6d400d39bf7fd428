package dev.parley.bootstrap;

import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.application.shared.port.out.SecretGenerator;
import java.nio.ByteBuffer;
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

    /** One draw of 16 random bytes rather than four of 4 (two nextLong calls): each draw locks the platform source. */
    @Override
    public UUID newTimeOrderedUuid() {
        ByteBuffer bits = ByteBuffer.wrap(bytes(16));
        return TimeOrderedUuids.next(System.currentTimeMillis(), bits.getLong(), bits.getLong());
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
