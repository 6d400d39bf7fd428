package dev.parley.application.webhook.port.in;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.WebhookId;

/** A webhook's deliveries as its owner sees and steers them: the attempts log, redelivery and test pings. */
public interface WebhookDeliveriesUseCase {
    /** The webhook's attempts, newest first; a webhook of another organization is not found. */
    Page<DeliveryAttemptView> deliveries(OrganizationId org, WebhookId webhook, PageRequest page);

    /**
     * Sends a finished delivery again, soon, with the same {@code webhook-id} and bytes. A delivery still pending is a
     * conflict, as is one for a webhook that is switched off.
     */
    void redeliver(OrganizationId org, WebhookId webhook, DeliveryId delivery);

    /** Posts a signed {@code webhook.ping} at once through the same guard and records it in the log as a test. */
    PingView ping(OrganizationId org, WebhookId webhook);
}
