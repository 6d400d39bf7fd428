package dev.parley.application.webhook.port.out;

import dev.parley.domain.shared.EventId;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.WebhookId;
import java.time.Instant;

/** A delivery about to be stored: one event for one webhook, with the exact body every attempt will send. */
public record NewDelivery(DeliveryId id, OrganizationId organizationId, WebhookId webhookId, EventId eventId, String eventType,
                          byte[] body, Instant createdAt) {
    public NewDelivery {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }
}
