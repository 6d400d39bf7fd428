package dev.parley.application.webhook;

import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.application.shared.port.out.OutboxReader;
import dev.parley.application.shared.port.out.OutboxReader.OutboxEvent;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.application.webhook.port.out.DeliveryRepository;
import dev.parley.application.webhook.port.out.EventPresentation;
import dev.parley.application.webhook.port.out.NewDelivery;
import dev.parley.application.webhook.port.out.WebhookRepository;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookPayload;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns committed outbox events into deliveries: one per active webhook of the event's own organization whose filter
 * takes its type, each with the payload built once and its data presented as the resource's own API surface shows it.
 * Events and deliveries change in one short transaction, so an event is fanned out exactly once even with several
 * dispatchers running.
 */
public final class WebhookDispatcher {
    public static final int BATCH = 100;

    private final OutboxReader outbox;
    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final EventPresentation presentation;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;

    public WebhookDispatcher(OutboxReader outbox, WebhookRepository webhooks, DeliveryRepository deliveries,
                             EventPresentation presentation, Transactions tx, IdGenerator ids, Clock clock) {
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.presentation = presentation;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    /** Fans out up to {@value #BATCH} unpublished events, oldest first; answers how many it took. */
    public int dispatch() {
        return tx.inTransaction(() -> {
            Instant now = clock.instant();
            List<OutboxEvent> events = outbox.takeUnpublished(BATCH, now);
            if (events.isEmpty()) {
                return 0;
            }
            Map<Subscription, List<Webhook>> subscribers = new HashMap<>();
            List<NewDelivery> created = new ArrayList<>();
            for (OutboxEvent event : events) {
                List<Webhook> targets = subscribers.computeIfAbsent(new Subscription(event.organizationId(), event.type()),
                        subscription -> webhooks.activeSubscribedTo(subscription.organization(), subscription.type()));
                if (targets.isEmpty()) {
                    continue;
                }
                byte[] body = WebhookPayload.envelope(event.id(), event.type(), event.occurredAt(), event.organizationId(),
                        presentation.present(event.type(), event.organizationId(), event.data()));
                for (Webhook webhook : targets) {
                    if (webhook.organizationId().equals(event.organizationId())) {
                        created.add(new NewDelivery(new DeliveryId(ids.newUuid()), event.organizationId(), webhook.id(), event.id(),
                                event.type(), body, now));
                    }
                }
            }
            deliveries.add(created);
            return events.size();
        });
    }

    private record Subscription(OrganizationId organization, String type) {
    }
}
