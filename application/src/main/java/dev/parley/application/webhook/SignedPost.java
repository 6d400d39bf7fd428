package dev.parley.application.webhook;

import dev.parley.application.webhook.port.out.WebhookTransport;
import dev.parley.domain.webhook.DeliveryOutcome;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookSecret;
import dev.parley.domain.webhook.WebhookSigner;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Signs a body for the secrets a webhook has in force and posts it (research notes §1.2): {@code X-Signature-256}
 * with the current secret, and {@code webhook-id}, {@code webhook-timestamp} (the attempt's time) and
 * {@code webhook-signature} with every secret in force. Deliveries and pings go out the same way.
 */
final class SignedPost {
    private final WebhookTransport transport;
    private final SigningSecrets secrets;

    SignedPost(WebhookTransport transport, SigningSecrets secrets) {
        this.transport = transport;
        this.secrets = secrets;
    }

    DeliveryOutcome send(Webhook webhook, String messageId, byte[] body, Instant at) {
        return transport.post(webhook.details().url().uri(), headers(secrets.at(webhook, at), messageId, at, body), body);
    }

    static Map<String, String> headers(List<WebhookSecret> inForce, String messageId, Instant at, byte[] body) {
        long timestamp = at.getEpochSecond();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("X-Signature-256", WebhookSigner.xSignature256(inForce.get(0), body));
        headers.put("webhook-id", messageId);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", WebhookSigner.webhookSignatureHeader(inForce, messageId, timestamp, body));
        return headers;
    }
}
