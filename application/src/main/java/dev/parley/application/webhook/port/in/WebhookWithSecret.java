package dev.parley.application.webhook.port.in;

import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookSecret;

/** A webhook with its signing secret in clear, answered once: when it is created and when the secret is rotated. */
public record WebhookWithSecret(Webhook webhook, WebhookSecret secret) {
}
