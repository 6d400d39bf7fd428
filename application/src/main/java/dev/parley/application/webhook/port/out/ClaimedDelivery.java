package dev.parley.application.webhook.port.out;

import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.WebhookId;
import java.time.Instant;

/** A due delivery a worker holds a lease on until {@code leaseUntil}, with what it must send. */
public record ClaimedDelivery(Lease lease, Instant leaseUntil, OrganizationId organizationId, WebhookId webhookId, String eventType,
                              byte[] body) {
    public ClaimedDelivery {
        body = body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    /** The first attempt of a delivery just stored claimed by {@code owner} until {@code leaseUntil}. */
    public static ClaimedDelivery firstAttempt(NewDelivery delivery, String owner, Instant leaseUntil) {
        return new ClaimedDelivery(new Lease(delivery.id(), owner, 1), leaseUntil, delivery.organizationId(), delivery.webhookId(),
                delivery.eventType(), delivery.body());
    }

    /** The {@code webhook-id} receivers deduplicate on. */
    public String messageId() {
        return lease.delivery().messageId();
    }
}
