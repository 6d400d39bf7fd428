package dev.parley.application.fake;

import dev.parley.application.shared.port.out.SecretCipher;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.CRC32;

/**
 * A transparent stand-in for encryption in tests: a counter (so equal texts seal differently), the text in UTF-8
 * and a CRC32 of both. Not secret in any way, but any altered byte is caught like the real cipher catches it.
 */
public final class ReversibleSecretCipher implements SecretCipher {
    private final AtomicLong next = new AtomicLong(1);

    @Override
    public byte[] seal(String plain) {
        byte[] body = ByteBuffer.allocate(Long.BYTES + plain.getBytes(StandardCharsets.UTF_8).length)
                .putLong(next.getAndIncrement()).put(plain.getBytes(StandardCharsets.UTF_8)).array();
        return ByteBuffer.allocate(body.length + Long.BYTES).put(body).putLong(checksum(body)).array();
    }

    @Override
    public String open(byte[] sealed) {
        if (sealed == null || sealed.length < 2 * Long.BYTES) {
            throw new IllegalArgumentException("not sealed by this cipher");
        }
        byte[] body = Arrays.copyOf(sealed, sealed.length - Long.BYTES);
        if (ByteBuffer.wrap(sealed).getLong(body.length) != checksum(body)) {
            throw new IllegalArgumentException("sealed secret was altered");
        }
        return new String(body, Long.BYTES, body.length - Long.BYTES, StandardCharsets.UTF_8);
    }

    private static long checksum(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return crc.getValue();
    }
}
