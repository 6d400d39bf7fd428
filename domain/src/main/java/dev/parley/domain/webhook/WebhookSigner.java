package dev.parley.domain.webhook;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Signs webhook bodies two ways at once (research notes §1.2): GitHub-style {@code X-Signature-256} over the body,
 * keyed with the secret text as shown, and Standard Webhooks' {@code webhook-signature} over
 * {@code id.timestamp.body}, keyed with the decoded secret. Also verifies both, in constant time, for receivers.
 */
public final class WebhookSigner {
    public static final String X_SIGNATURE_PREFIX = "sha256=";
    public static final String STANDARD_VERSION = "v1,";

    private WebhookSigner() {
    }

    /** {@code sha256=} + lowercase hex HMAC-SHA256 of {@code body}, keyed with the UTF-8 of the full secret. */
    public static String xSignature256(WebhookSecret secret, byte[] body) {
        return xSignature256(secret.value(), body);
    }

    /** The same for any key text, such as a GitHub-style secret that is not a {@code whsec_} one. */
    public static String xSignature256(String keyText, byte[] body) {
        return X_SIGNATURE_PREFIX + HexFormat.of().formatHex(HmacSha256.mac(keyText.getBytes(StandardCharsets.UTF_8), body));
    }

    /** {@code v1,} + base64 HMAC-SHA256 of {@code id.timestamp.body}, keyed with the decoded secret. */
    public static String standardSignature(WebhookSecret secret, String webhookId, long timestampSeconds, byte[] body) {
        return STANDARD_VERSION + Base64.getEncoder().encodeToString(standardMac(secret, webhookId, timestampSeconds, body));
    }

    /**
     * The {@code webhook-signature} header for every secret in force, space-separated in the order given (the new
     * secret first, then the one it replaced during the 24 hours after a rotation).
     */
    public static String webhookSignatureHeader(List<WebhookSecret> secrets, String webhookId, long timestampSeconds, byte[] body) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("a webhook is signed with at least one secret");
        }
        return secrets.stream().map(secret -> standardSignature(secret, webhookId, timestampSeconds, body))
                .collect(Collectors.joining(" "));
    }

    /** Whether any {@code v1,} entry of a {@code webhook-signature} header is {@code secret}'s signature of the message. */
    public static boolean verify(String header, WebhookSecret secret, String webhookId, long timestampSeconds, byte[] body) {
        if (header == null) {
            return false;
        }
        byte[] expected = standardMac(secret, webhookId, timestampSeconds, body);
        boolean matched = false;
        for (String entry : header.split(" ")) {
            if (entry.startsWith(STANDARD_VERSION)) {
                matched |= MessageDigest.isEqual(expected, decodeOrEmpty(entry.substring(STANDARD_VERSION.length())));
            }
        }
        return matched;
    }

    /** Whether an {@code X-Signature-256} value is {@code secret}'s signature of {@code body}. */
    public static boolean verifyXSignature256(String header, WebhookSecret secret, byte[] body) {
        return header != null && MessageDigest.isEqual(
                xSignature256(secret, body).getBytes(StandardCharsets.US_ASCII), header.getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] standardMac(WebhookSecret secret, String webhookId, long timestampSeconds, byte[] body) {
        ByteArrayOutputStream signed = new ByteArrayOutputStream(body.length + webhookId.length() + 22);
        signed.writeBytes(webhookId.getBytes(StandardCharsets.UTF_8));
        signed.write('.');
        signed.writeBytes(Long.toString(timestampSeconds).getBytes(StandardCharsets.US_ASCII));
        signed.write('.');
        signed.writeBytes(body);
        return HmacSha256.mac(secret.key(), signed.toByteArray());
    }

    private static byte[] decodeOrEmpty(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException notBase64) {
            return new byte[0];
        }
    }
}
