package dev.parley.domain.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** The SHA-256 (hex) of a token secret: all that is stored of it. */
public record TokenHash(String hex) {
    private static final Pattern SHAPE = Pattern.compile("^[0-9a-f]{64}$");

    public TokenHash {
        if (hex == null || !SHAPE.matcher(hex).matches()) {
            throw new IllegalArgumentException("token hash must be 64 lowercase hex digits");
        }
    }

    public static TokenHash of(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return new TokenHash(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }

    /** Compares in constant time, so the comparison leaks nothing about the stored hash. */
    public boolean matches(TokenHash other) {
        return MessageDigest.isEqual(hex.getBytes(StandardCharsets.US_ASCII), other.hex.getBytes(StandardCharsets.US_ASCII));
    }
}
