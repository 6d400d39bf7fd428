package dev.parley.domain.webhook;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * A webhook's signing secret, {@code whsec_} + base64 of random bytes (Standard Webhooks' shape). Shown once, kept
 * encrypted, never printed: {@link #toString()} redacts it.
 */
public final class WebhookSecret {
    public static final String PREFIX = "whsec_";
    public static final int RANDOM_BYTES = 32;
    private static final int MIN_KEY_BYTES = 24;
    private static final int MAX_KEY_BYTES = 64;
    private static final Pattern BASE64 = Pattern.compile("^[A-Za-z0-9+/]+={0,2}$");

    private final String value;
    private final byte[] key;

    private WebhookSecret(String value, byte[] key) {
        this.value = value;
        this.key = key;
    }

    /** A new secret from {@value #RANDOM_BYTES} bytes of a strong random source. */
    public static WebhookSecret fromRandomBytes(byte[] random) {
        if (random == null || random.length != RANDOM_BYTES) {
            throw new IllegalArgumentException("a webhook secret is made from exactly " + RANDOM_BYTES + " random bytes");
        }
        return new WebhookSecret(PREFIX + Base64.getEncoder().encodeToString(random), random.clone());
    }

    /**
     * Reads a secret back (after decrypting it, say): {@code whsec_} and base64 of 24 to 64 bytes, the range the
     * Standard Webhooks specification allows. The message of a refusal never contains the text.
     */
    public static WebhookSecret parse(String text) {
        if (text == null || !text.startsWith(PREFIX) || !BASE64.matcher(text.substring(PREFIX.length())).matches()) {
            throw new IllegalArgumentException("not a webhook secret: expected whsec_ followed by base64");
        }
        byte[] key;
        try {
            key = Base64.getDecoder().decode(text.substring(PREFIX.length()));
        } catch (IllegalArgumentException badPadding) {
            throw new IllegalArgumentException("not a webhook secret: the part after whsec_ is not valid base64");
        }
        if (key.length < MIN_KEY_BYTES || key.length > MAX_KEY_BYTES) {
            throw new IllegalArgumentException("not a webhook secret: it must encode " + MIN_KEY_BYTES + " to " + MAX_KEY_BYTES + " bytes");
        }
        return new WebhookSecret(text, key);
    }

    /** The secret exactly as shown to the customer, {@code whsec_…}; the key of {@code X-Signature-256}. */
    public String value() {
        return value;
    }

    byte[] utf8() {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** The decoded bytes after {@code whsec_}; the key of {@code webhook-signature}. */
    byte[] key() {
        return key.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WebhookSecret that && MessageDigest.isEqual(utf8(), that.utf8());
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "WebhookSecret[redacted]";
    }
}
