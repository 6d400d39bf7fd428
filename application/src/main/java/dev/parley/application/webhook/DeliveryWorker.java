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

/**
 * Makes one attempt of a due delivery (research notes §8.1): claims it under a lease in one short transaction, signs
 * and posts it with no transaction open, then records the attempt and its consequence in a second short transaction,
 * only if the lease still holds. The lease outlasts the transport's 20-second deadline, so a live worker never loses it;
 * one that died leaves the delivery to be claimed again, with the same message id and bytes, once the lease runs out.
 */
public final class DeliveryWorker {
    public static final Duration LEASE = Duration.ofSeconds(60);
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

    /** Claims the earliest due delivery for {@code worker} and attempts it; answers false when none was due. */
    public boolean deliverNext(String worker) {
        List<ClaimedDelivery> claimed = tx.inTransaction(() -> deliveries.claimDue(worker, clock.instant(), LEASE, 1));
        if (claimed.isEmpty()) {
            return false;
        }
        attempt(claimed.get(0));
        return true;
    }

    private void attempt(ClaimedDelivery delivery) {
        Lease lease = delivery.lease();
        Optional<Webhook> webhook = webhooks.find(delivery.organizationId(), delivery.webhookId()).filter(Webhook::active);
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
