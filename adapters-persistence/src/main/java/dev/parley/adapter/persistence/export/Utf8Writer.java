package dev.parley.adapter.persistence.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Encodes characters to UTF-8 into one large byte buffer and writes it out whole when full, producing the same bytes as
 * an {@code OutputStreamWriter} for UTF-8 ({@code ?} for a lone surrogate), but copying ASCII a byte per character
 * without a charset encoder's per-call buffers.
 */
final class Utf8Writer extends Writer {
    private static final int LONGEST_CHARACTER = 4;
    private static final byte REPLACEMENT = '?';

    private final OutputStream out;
    private final byte[] buffer;
    private int position;
    /** A high surrogate whose low half may come with the next write, as an encoder keeps it; 0 when none is held. */
    private char pendingHigh;

    Utf8Writer(OutputStream out, int bufferBytes) {
        if (bufferBytes < LONGEST_CHARACTER) {
            throw new IllegalArgumentException("a buffer holds at least one character's " + LONGEST_CHARACTER + " bytes");
        }
        this.out = out;
        this.buffer = new byte[bufferBytes];
    }

    @Override
    public void write(int c) throws IOException {
        char character = (char) c;
        if (character < 0x80 && pendingHigh == 0 && position < buffer.length) {
            buffer[position++] = (byte) character;
        } else {
            encode(character);
        }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        int end = offset + length;
        int at = offset;
        while (at < end) {
            if (pendingHigh == 0) {
                int room = Math.min(end - at, buffer.length - position);
                int ascii = copyAscii(text, at, room);
                at += ascii;
                if (at == end) {
                    break;
                }
            }
            encode(text.charAt(at++));
        }
    }

    @Override
    public void write(char[] characters, int offset, int length) throws IOException {
        write(new String(characters, offset, length), 0, length);
    }

    /** Copies up to {@code count} characters from {@code at} while they are ASCII; how many it copied. */
    private int copyAscii(String text, int at, int count) {
        byte[] bytes = buffer;
        int start = position;
        int i = 0;
        for (; i < count; i++) {
            char character = text.charAt(at + i);
            if (character >= 0x80) {
                break;
            }
            bytes[start + i] = (byte) character;
        }
        position = start + i;
        return i;
    }

    private void encode(char character) throws IOException {
        if (buffer.length - position < LONGEST_CHARACTER) {
            drain();
        }
        if (pendingHigh != 0) {
            char high = pendingHigh;
            pendingHigh = 0;
            if (Character.isLowSurrogate(character)) {
                putCodePoint(Character.toCodePoint(high, character));
                return;
            }
            buffer[position++] = REPLACEMENT;
        }
        if (character < 0x80) {
            buffer[position++] = (byte) character;
        } else if (character < 0x800) {
            buffer[position++] = (byte) (0xc0 | character >> 6);
            buffer[position++] = (byte) (0x80 | character & 0x3f);
        } else if (Character.isHighSurrogate(character)) {
            pendingHigh = character;
        } else if (Character.isLowSurrogate(character)) {
            buffer[position++] = REPLACEMENT;
        } else {
            buffer[position++] = (byte) (0xe0 | character >> 12);
            buffer[position++] = (byte) (0x80 | character >> 6 & 0x3f);
            buffer[position++] = (byte) (0x80 | character & 0x3f);
        }
    }

    private void putCodePoint(int codePoint) {
        buffer[position++] = (byte) (0xf0 | codePoint >> 18);
        buffer[position++] = (byte) (0x80 | codePoint >> 12 & 0x3f);
        buffer[position++] = (byte) (0x80 | codePoint >> 6 & 0x3f);
        buffer[position++] = (byte) (0x80 | codePoint & 0x3f);
    }

    private void drain() throws IOException {
        if (position > 0) {
            out.write(buffer, 0, position);
            position = 0;
        }
    }

    /** Writes out what is buffered; a high surrogate still waiting for its low half stays held, as an encoder holds it. */
    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    /** Ends the text: a high surrogate still held is malformed and written as {@code ?}, then everything is written out. */
    @Override
    public void close() throws IOException {
        if (pendingHigh != 0) {
            if (buffer.length - position < 1) {
                drain();
            }
            pendingHigh = 0;
            buffer[position++] = REPLACEMENT;
        }
        drain();
        out.close();
    }
}
