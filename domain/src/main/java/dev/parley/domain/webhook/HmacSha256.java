package dev.parley.domain.webhook;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** HMAC-SHA256 (RFC 2104) on {@code java.security} alone, since the core may not reach into {@code javax.crypto}. */
final class HmacSha256 {
    private static final int BLOCK_BYTES = 64;
    private static final byte INNER_PAD = 0x36;
    private static final byte OUTER_PAD = 0x5c;

    private HmacSha256() {
    }

    static byte[] mac(byte[] key, byte[] message) {
        byte[] block = new byte[BLOCK_BYTES];
        byte[] shortKey = key.length > BLOCK_BYTES ? sha256().digest(key) : key;
        System.arraycopy(shortKey, 0, block, 0, shortKey.length);

        MessageDigest inner = sha256();
        inner.update(xor(block, INNER_PAD));
        inner.update(message);
        MessageDigest outer = sha256();
        outer.update(xor(block, OUTER_PAD));
        outer.update(inner.digest());
        return outer.digest();
    }

    private static byte[] xor(byte[] block, byte pad) {
        byte[] out = new byte[block.length];
        for (int i = 0; i < block.length; i++) {
            out[i] = (byte) (block[i] ^ pad);
        }
        return out;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform provides SHA-256", e);
        }
    }
}
