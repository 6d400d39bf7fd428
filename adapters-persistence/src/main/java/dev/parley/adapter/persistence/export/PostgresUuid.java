package dev.parley.adapter.persistence.export;

import java.util.UUID;

/**
 * A {@code uuid} from the bytes PostgreSQL sent, its 16 bytes in binary or its 36 characters in text, without
 * decoding the text to a {@code String} first; {@code null} for anything else, which the caller reads the slow way.
 */
final class PostgresUuid {
    private static final int BINARY_BYTES = 16;
    private static final int TEXT_BYTES = 36;

    private PostgresUuid() {
    }

    static UUID of(byte[] value) {
        if (value.length == BINARY_BYTES) {
            return new UUID(bigEndian(value, 0), bigEndian(value, 8));
        }
        if (value.length != TEXT_BYTES || value[8] != '-' || value[13] != '-' || value[18] != '-' || value[23] != '-') {
            return null;
        }
        long first = hex(value, 0, 8);
        long second = hex(value, 9, 4);
        long third = hex(value, 14, 4);
        long fourth = hex(value, 19, 4);
        long fifth = hex(value, 24, 12);
        if ((first | second | third | fourth | fifth) < 0) {
            return null;
        }
        return new UUID(first << 32 | second << 16 | third, fourth << 48 | fifth);
    }

    private static long bigEndian(byte[] value, int at) {
        long n = 0;
        for (int i = at; i < at + 8; i++) {
            n = n << 8 | (value[i] & 0xff);
        }
        return n;
    }

    /** The hexadecimal number of {@code width} (at most 15) digits at {@code at}; negative if one is not a hex digit. */
    private static long hex(byte[] value, int at, int width) {
        long n = 0;
        for (int i = at; i < at + width; i++) {
            int c = value[i];
            int digit;
            if (c >= '0' && c <= '9') {
                digit = c - '0';
            } else if (c >= 'a' && c <= 'f') {
                digit = c - 'a' + 10;
            } else if (c >= 'A' && c <= 'F') {
                digit = c - 'A' + 10;
            } else {
                return -1;
            }
            n = n << 4 | digit;
        }
        return n;
    }
}
