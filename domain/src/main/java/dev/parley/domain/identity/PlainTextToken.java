package dev.parley.domain.identity;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32;

/**
 * A bearer token as the caller holds it: {@code <id>|<40 alphanumerics><their CRC32 in hex>}, Sanctum's format,
 * so secret scanners recognise a leak and garbage is refused before any database lookup.
 */
public record PlainTextToken(ApiTokenId id, String secret) {
    public static final int RANDOM_LENGTH = 40;
    private static final Pattern SECRET = Pattern.compile("^[A-Za-z0-9]{40}[0-9a-f]{8}$");
    private static final Pattern ID = Pattern.compile("^[1-9][0-9]{0,18}$");

    public PlainTextToken {
        if (!SECRET.matcher(secret).matches() || !checksumOf(secret.substring(0, RANDOM_LENGTH)).equals(secret.substring(RANDOM_LENGTH))) {
            throw new IllegalArgumentException("not a well-formed token secret");
        }
    }

    /** Builds a token from 40 random alphanumerics, appending their checksum. */
    public static PlainTextToken issue(ApiTokenId id, String randomAlphanumerics) {
        return new PlainTextToken(id, randomAlphanumerics + checksumOf(randomAlphanumerics));
    }

    /** Parses what a caller sent; empty for anything malformed, including a wrong checksum. */
    public static Optional<PlainTextToken> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        int bar = raw.indexOf('|');
        if (bar <= 0) {
            return Optional.empty();
        }
        String idPart = raw.substring(0, bar);
        String secretPart = raw.substring(bar + 1);
        if (!ID.matcher(idPart).matches() || !SECRET.matcher(secretPart).matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PlainTextToken(new ApiTokenId(Long.parseLong(idPart)), secretPart));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public TokenHash hash() {
        return TokenHash.of(secret);
    }

    public String wireForm() {
        return id.value() + "|" + secret;
    }

    @Override
    public String toString() {
        return "PlainTextToken[" + id.value() + "|redacted]";
    }

    static String checksumOf(String text) {
        CRC32 crc = new CRC32();
        crc.update(text.getBytes(StandardCharsets.US_ASCII));
        return String.format("%08x", crc.getValue());
    }
}
