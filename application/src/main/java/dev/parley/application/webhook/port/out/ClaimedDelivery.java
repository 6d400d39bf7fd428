package dev.parley.application.webhook.port.out;

import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.WebhookId;

/** A due delivery a worker holds a lease on, with what it must send. */
public record ClaimedDelivery(Lease lease, OrganizationId organizationId, WebhookId webhookId, String eventType, byte[] body) {
    public ClaimedDelivery {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The {@code webhook-id} receivers deduplicate on. */
    public String messageId() {
        return lease.delivery().messageId();
    }
}
