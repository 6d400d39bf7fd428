package dev.parley.adapter.http;

import dev.parley.application.shared.port.out.SecretCipher;
import dev.parley.application.webhook.port.in.WebhookDeliveriesUseCase;
import dev.parley.application.webhook.port.in.WebhookQueries;
import dev.parley.application.webhook.port.in.WebhookUseCase;

/**
 * The integration in-ports the HTTP layer calls (webhooks, and their deliveries log, redelivery and test pings), and the
 * cipher that seals the stored copy of an answer showing a secret, so an idempotent replay never keeps one in clear.
 */
public record IntegrationPorts(
        WebhookUseCase webhooks,
        WebhookQueries webhookQueries,
        WebhookDeliveriesUseCase webhookDeliveries,
        SecretCipher secrets) {
}
