package dev.parley.application.webhook;

import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.application.shared.port.out.OutboxReader;
import dev.parley.application.shared.port.out.OutboxReader.OutboxEvent;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.application.webhook.port.out.ClaimedDelivery;
import dev.parley.application.webhook.port.out.DeliveryRepository;
import dev.parley.application.webhook.port.out.EventPresentation;
import dev.parley.application.webhook.port.out.NewDelivery;
import dev.parley.application.webhook.port.out.WebhookRepository;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.WebhookId;
import dev.parley.domain.webhook.WebhookPayload;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns committed outbox events into deliveries: one per active webhook of the event's own organization whose filter
 * takes its type, each with the payload built once and its data presented as the resource's own API surface shows it.
 * Events and deliveries change in one short transaction, so an event is fanned out exactly once even with several
 * dispatchers running. Deliveries that fit into the server's {@link DeliveryHandOff} are stored already claimed and
 * handed to its workers once the transaction commits; the rest are stored for any worker to claim.
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
    private final DeliveryHandOff handOff;

    public WebhookDispatcher(OutboxReader outbox, WebhookRepository webhooks, DeliveryRepository deliveries,
                             EventPresentation presentation, Transactions tx, IdGenerator ids, Clock clock, DeliveryHandOff handOff) {
        this.outbox = outbox;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.presentation = presentation;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
        this.handOff = handOff;
    }

    /**
     * Fans out up to {@value #BATCH} unpublished events, oldest first (as many as the hand-off has room for, when it has
     * any); answers how many it took.
     */
    public int dispatch() {
        return dispatchInto(handOff.reserve(BATCH));
    }

    /**
     * Like {@link #dispatch()}, after waiting at most {@code forRoom} until the hand-off has room for a whole batch, so
     * that events go to this server's workers in batches of {@value #BATCH} rather than in whatever room is left.
     */
    public int dispatch(Duration forRoom) throws InterruptedException {
        return dispatchInto(handOff.reserve(BATCH, forRoom));
    }

    private int dispatchInto(int places) {
        List<ClaimedDelivery> handedOver = List.of();
        try {
            Dispatched dispatched = tx.inTransaction(() -> fanOut(places > 0 ? places : BATCH, places));
            handedOver = dispatched.claimed();
            return dispatched.events();
        } finally {
            handOff.handOver(places, handedOver);
        }
    }

    /** What one dispatch took and stored claimed for the hand-off. */
    private record Dispatched(int events, List<ClaimedDelivery> claimed) {
    }

    private Dispatched fanOut(int limit, int places) {
        Instant now = clock.instant();
        List<OutboxEvent> events = outbox.takeUnpublished(limit, now);
        if (events.isEmpty()) {
            return new Dispatched(0, List.of());
        }
        List<NewDelivery> created = deliveriesOf(events, now);
        int claimed = Math.min(places, created.size());
        deliveries.add(created.subList(claimed, created.size()));
        return new Dispatched(events.size(), claimed == 0 ? List.of()
                : deliveries.addClaimed(created.subList(0, claimed), handOff.owner(), now.plus(DeliveryWorker.LEASE)));
    }

    private List<NewDelivery> deliveriesOf(List<OutboxEvent> events, Instant now) {
        Map<Subscription, List<WebhookId>> subscribers = new HashMap<>();
        List<NewDelivery> created = new ArrayList<>();
        for (OutboxEvent event : events) {
            List<WebhookId> targets = subscribers.computeIfAbsent(new Subscription(event.organizationId(), event.type()),
                    subscription -> webhooks.activeSubscribedTo(subscription.organization(), subscription.type()));
            if (targets.isEmpty()) {
                continue;
            }
            byte[] body = WebhookPayload.envelope(event.id(), event.type(), event.occurredAt(), event.organizationId(),
                    presentation.present(event.type(), event.organizationId(), event.data()));
            for (WebhookId webhook : targets) {
                created.add(new NewDelivery(new DeliveryId(ids.newTimeOrderedUuid()), event.organizationId(), webhook, event.id(),
                        event.type(), body, now));
            }
        }
        return created;
    }

    private record Subscription(OrganizationId organization, String type) {
    }
}
