package dev.parley.domain.shared;

import java.util.Arrays;

/**
 * A secret encrypted under the operator's key: bytes the core stores and hands back but cannot read. Only the
 * application's {@code SecretCipher} opens it, so neither the database nor a log line ever holds the clear text.
 */
public final class SealedSecret {
    private final byte[] bytes;

    public SealedSecret(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("a sealed secret has at least one byte");
        }
        this.bytes = bytes.clone();
    }

    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SealedSecret that && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "SealedSecret[" + bytes.length + " bytes]";
    }
}
