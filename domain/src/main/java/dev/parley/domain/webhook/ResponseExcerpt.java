package dev.parley.domain.webhook;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The part of a receiver's answer kept in the deliveries log: at most {@value #MAX_BYTES} bytes of UTF-8, cut
 * between characters. Bytes that are not UTF-8 and NUL (which PostgreSQL text cannot hold) become U+FFFD.
 */
public final class ResponseExcerpt {
    public static final int MAX_BYTES = 4096;
    private static final char REPLACEMENT = '\uFFFD';

    private ResponseExcerpt() {
    }

    /** The excerpt of a raw body, decoded as UTF-8. */
    public static String of(byte[] body) {
        int length = Math.min(body.length, MAX_BYTES);
        int cutAtMost = 3;
        while (length < body.length && cutAtMost-- > 0 && isContinuation(body[length])) {
            length--;
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)
                    .decode(ByteBuffer.wrap(body, 0, length)).toString();
        } catch (CharacterCodingException cannotHappenWhenReplacing) {
            throw new IllegalStateException(cannotHappenWhenReplacing);
        }
        return truncate(decoded);
    }

    /** {@code text} cut to at most {@value #MAX_BYTES} UTF-8 bytes without splitting a character. */
    public static String truncate(String text) {
        StringBuilder kept = new StringBuilder(Math.min(text.length(), MAX_BYTES));
        int bytes = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (codePoint == 0 || Character.isSurrogate(text.charAt(i)) && Character.charCount(codePoint) == 1) {
                codePoint = REPLACEMENT;
            }
            int size = utf8Length(codePoint);
            if (bytes + size > MAX_BYTES) {
                break;
            }
            kept.appendCodePoint(codePoint);
            bytes += size;
            i += Character.charCount(text.codePointAt(i));
        }
        return kept.toString();
    }

    private static boolean isContinuation(byte b) {
        return (b & 0xC0) == 0x80;
    }

    private static int utf8Length(int codePoint) {
        return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    }
}
