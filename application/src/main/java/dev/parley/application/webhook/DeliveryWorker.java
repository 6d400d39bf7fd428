package dev.parley.application.webhook;

import dev.parley.application.shared.port.out.Transactions;
import dev.parley.application.webhook.port.out.ClaimedDelivery;
import dev.parley.application.webhook.port.out.DeliveryAttempt;
import dev.parley.application.webhook.port.out.DeliveryRepository;
import dev.parley.application.webhook.port.out.JitterSource;
import dev.parley.application.webhook.port.out.Lease;
import dev.parley.application.webhook.port.out.Settlement;
import dev.parley.application.webhook.port.out.WebhookRepository;
import dev.parley.application.webhook.port.out.WebhookTransport;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.DeactivationReason;
import dev.parley.domain.webhook.DeliveryDecision;
import dev.parley.domain.webhook.DeliveryOutcome;
import dev.parley.domain.webhook.DeliveryPolicy;
import dev.parley.domain.webhook.DeliveryStatus;
import dev.parley.domain.webhook.RetrySchedule;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/**
 * Attempts due deliveries (research notes §8.1): claims up to {@link #BATCH} of them under one lease in one short
 * transaction, then one by one signs and posts each with no transaction open and records the attempt and its
 * consequence in a short transaction, only if the lease still holds. A delivery is only started while the lease has
 * room for a whole attempt (the transport's 20-second deadline and recording it), so a live worker never loses a
 * lease; the ones left when the room runs out are given back unattempted. A worker that died leaves its deliveries to
 * be claimed again, with the same message ids and bytes, once the lease runs out.
 */
public final class DeliveryWorker {
    public static final Duration LEASE = Duration.ofSeconds(60);
    /** How many due deliveries one claim takes. */
    public static final int BATCH = 16;
    /** The longest an attempt takes: the transport's deadline, signing and recording, with room to spare. */
    static final Duration LONGEST_ATTEMPT = Duration.ofSeconds(25);
    private static final int DEACTIVATION_TRIES = 3;

    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final SignedPost post;
    private final Transactions tx;
    private final RetrySchedule schedule;
    private final JitterSource jitter;
    private final Clock clock;

    public DeliveryWorker(DeliveryRepository deliveries, WebhookRepository webhooks, SigningSecrets secrets, WebhookTransport transport,
                          Transactions tx, RetrySchedule schedule, JitterSource jitter, Clock clock) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.post = new SignedPost(transport, secrets);
        this.tx = tx;
        this.schedule = schedule;
        this.jitter = jitter;
        this.clock = clock;
    }

    /** {@link #deliverDue(String, BooleanSupplier)} that attempts the whole batch (room in the lease permitting). */
    public int deliverDue(String worker) {
        return deliverDue(worker, () -> true);
    }

    /**
     * Claims up to {@link #BATCH} of the earliest due deliveries for {@code worker} and attempts them while
     * {@code carryOn} holds, giving the rest back; answers how many it claimed (0 when none was due).
     */
    public int deliverDue(String worker, BooleanSupplier carryOn) {
        Instant claimedAt = clock.instant();
        List<ClaimedDelivery> claimed = tx.inTransaction(() -> deliveries.claimDue(worker, claimedAt, LEASE, BATCH));
        Instant lastStart = claimedAt.plus(LEASE).minus(LONGEST_ATTEMPT);
        RecentWebhooks recent = new RecentWebhooks(webhooks, clock);
        for (int i = 0; i < claimed.size(); i++) {
            if (!carryOn.getAsBoolean() || clock.instant().isAfter(lastStart)) {
                giveBack(claimed.subList(i, claimed.size()));
                break;
            }
            attempt(claimed.get(i), recent);
        }
        return claimed.size();
    }

    private void giveBack(List<ClaimedDelivery> unattempted) {
        tx.run(() -> unattempted.forEach(delivery -> deliveries.release(delivery.lease(), clock.instant())));
    }

    private void attempt(ClaimedDelivery delivery, RecentWebhooks recent) {
        Lease lease = delivery.lease();
        Optional<Webhook> webhook = recent.find(delivery.organizationId(), delivery.webhookId()).filter(Webhook::active);
        if (webhook.isEmpty()) {
            tx.inTransaction(() -> deliveries.abandon(lease, clock.instant()));
            return;
        }
        Instant started = clock.instant();
        DeliveryOutcome outcome = post.send(webhook.get(), delivery.messageId(), delivery.body(), started);
        Instant now = clock.instant();
        DeliveryDecision decision = DeliveryPolicy.decide(outcome, lease.attemptNumber(), schedule, now, jitter.next());
        DeliveryAttempt attempt = new DeliveryAttempt(started, outcome, false);
        Settlement next = switch (decision) {
            case DeliveryDecision.Succeeded succeeded -> Settlement.finished(DeliveryStatus.SUCCEEDED, now);
            case DeliveryDecision.RetryAt retry -> Settlement.retryAt(retry.at());
            case DeliveryDecision.Failed failed -> Settlement.finished(DeliveryStatus.FAILED, now);
            case DeliveryDecision.DeactivateWebhook gone -> Settlement.finished(DeliveryStatus.FAILED, now);
        };
        for (int tries = 1; ; tries++) {
            try {
                tx.run(() -> {
                    boolean recorded = deliveries.recordAttempt(lease, attempt, next);
                    if (recorded && decision instanceof DeliveryDecision.DeactivateWebhook) {
                        deactivate(delivery.organizationId(), delivery.webhookId(), now);
                        recent.forget(delivery.organizationId(), delivery.webhookId());
                    }
                });
                return;
            } catch (Conflict concurrentChange) {
                if (tries == DEACTIVATION_TRIES) {
                    throw concurrentChange;
                }
            }
        }
    }

    /** The receiver answered 410 Gone: switch the webhook off and give up its other pending deliveries. */
    private void deactivate(OrganizationId org, WebhookId id, Instant now) {
        webhooks.find(org, id).ifPresent(webhook -> {
            webhook.deactivate(DeactivationReason.GONE, now);
            webhooks.update(webhook);
        });
        deliveries.abandonPending(org, id, now);
    }
}
