package dev.parley.application.fake;

import dev.parley.application.shared.port.out.SecretGenerator;
import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Deterministic, distinct secrets: {@code S<counter>} padded with {@code x} to the requested length; random bytes
 * are the big-endian counter followed by zeros.
 */
public final class SequentialSecretGenerator implements SecretGenerator {
    private final AtomicLong next = new AtomicLong(1);

    @Override
    public String alphanumerics(int length) {
        String secret = "S" + next.getAndIncrement();
        if (secret.length() > length) {
            throw new IllegalArgumentException("secret length " + length + " is too short for a counter");
        }
        return secret + "x".repeat(length - secret.length());
    }

    @Override
    public byte[] bytes(int length) {
        if (length < Long.BYTES) {
            throw new IllegalArgumentException("random byte length " + length + " is too short for a counter");
        }
        return ByteBuffer.allocate(length).putLong(next.getAndIncrement()).array();
    }
}
