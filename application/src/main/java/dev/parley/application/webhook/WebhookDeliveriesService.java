package dev.parley.application.webhook;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.application.webhook.port.in.DeliveryAttemptView;
import dev.parley.application.webhook.port.in.PingView;
import dev.parley.application.webhook.port.in.WebhookDeliveriesUseCase;
import dev.parley.application.webhook.port.out.DeliveryAttempt;
import dev.parley.application.webhook.port.out.DeliveryRepository;
import dev.parley.application.webhook.port.out.NewDelivery;
import dev.parley.application.webhook.port.out.WebhookRepository;
import dev.parley.application.webhook.port.out.WebhookTransport;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.EventId;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.DeliveryOutcome;
import dev.parley.domain.webhook.DeliveryStatus;
import dev.parley.domain.webhook.EventCatalog;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookId;
import dev.parley.domain.webhook.WebhookPayload;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** The deliveries log, redelivery and test pings of a webhook, scoped to its organization. */
public final class WebhookDeliveriesService implements WebhookDeliveriesUseCase {
    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final SignedPost post;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;

    public WebhookDeliveriesService(DeliveryRepository deliveries, WebhookRepository webhooks, SigningSecrets secrets,
                                    WebhookTransport transport, Transactions tx, IdGenerator ids, Clock clock) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.post = new SignedPost(transport, secrets);
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Page<DeliveryAttemptView> deliveries(OrganizationId org, WebhookId webhook, PageRequest page) {
        return tx.inTransaction(() -> {
            load(org, webhook);
            return deliveries.attempts(org, webhook, page);
        });
    }

    @Override
    public void redeliver(OrganizationId org, WebhookId webhook, DeliveryId delivery) {
        tx.run(() -> {
            Webhook target = load(org, webhook);
            DeliveryStatus status = deliveries.status(org, webhook, delivery)
                    .orElseThrow(() -> new NotFound("webhook_delivery", delivery.value()));
            if (status == DeliveryStatus.PENDING) {
                throw new Conflict("webhook_delivery.pending", "Delivery " + delivery.value() + " has not finished yet; it will be attempted again");
            }
            if (!target.active()) {
                throw new Conflict("webhook.inactive", "Webhook " + webhook.value() + " is switched off; activate it to redeliver");
            }
            deliveries.redeliver(org, webhook, delivery, clock.instant());
        });
    }

    @Override
    public PingView ping(OrganizationId org, WebhookId webhook) {
        Webhook target = tx.inTransaction(() -> load(org, webhook));
        Instant now = clock.instant();
        EventId event = new EventId(ids.newUuid());
        DeliveryId delivery = new DeliveryId(ids.newTimeOrderedUuid());
        byte[] body = WebhookPayload.envelope(event, EventCatalog.PING, now, org, Map.of("webhook_id", webhook.value()));
        DeliveryOutcome outcome = post.send(target, delivery.messageId(), body, now);
        tx.run(() -> deliveries.addAttempted(new NewDelivery(delivery, org, webhook, event, EventCatalog.PING, body, now),
                new DeliveryAttempt(now, outcome, true), outcome.succeeded() ? DeliveryStatus.SUCCEEDED : DeliveryStatus.FAILED));
        return new PingView(delivery, delivery.messageId(), outcome.succeeded(), outcome.status(), outcome.error(), outcome.latency());
    }

    private Webhook load(OrganizationId org, WebhookId id) {
        return webhooks.find(org, id).orElseThrow(() -> new NotFound("webhook", id.value()));
    }
}
