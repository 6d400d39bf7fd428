package dev.parley.adapter.http;

import dev.parley.application.shared.port.out.SecretCipher;
import dev.parley.application.webhook.port.in.WebhookQueries;
import dev.parley.application.webhook.port.in.WebhookUseCase;

/**
 * The integration in-ports the HTTP layer calls, and the cipher that seals the stored copy of an answer showing a
 * secret, so an idempotent replay never keeps one in clear.
 */
public record IntegrationPorts(
        WebhookUseCase webhooks,
        WebhookQueries webhookQueries,
        SecretCipher secrets) {
}
