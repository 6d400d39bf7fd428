package dev.parley.application.webhook.port.out;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.webhook.port.in.DeliveryAttemptView;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.DeliveryStatus;
import dev.parley.domain.webhook.WebhookId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Webhook deliveries and their attempts: a work queue that workers claim under leases, and the deliveries log. Every
 * method joins the caller's transaction.
 */
public interface DeliveryRepository {
    /** Stores new pending deliveries, due at once. */
    void add(List<NewDelivery> deliveries);

    /**
     * Stores new pending deliveries already claimed for their first attempt by {@code owner} until {@code leaseUntil},
     * as {@link #claimDue} would have claimed them; answers the claims. Until the lease runs out no one else claims them.
     */
    List<ClaimedDelivery> addClaimed(List<NewDelivery> deliveries, String owner, Instant leaseUntil);

    /**
     * Claims up to {@code limit} due pending deliveries, earliest due first, for {@code owner}: each gets its next
     * attempt number and stays unclaimable until {@code now + lease}. Deliveries another transaction is claiming are
     * skipped, not waited for. A lease that runs out without a result makes its delivery due again.
     */
    List<ClaimedDelivery> claimDue(String owner, Instant now, Duration lease, int limit);

    /**
     * Records each attempt and settles its delivery, each only while its own lease still holds: the delivery is pending
     * and its latest claim is that owner's with that attempt number. A result whose lease is gone writes nothing.
     * Answers the deliveries whose results were recorded.
     */
    Set<DeliveryId> recordAttempts(List<AttemptResult> results);

    /**
     * Gives a claimed delivery back unattempted, under the same condition: it is due at {@code due} again and its next
     * claim reuses the attempt number this one would have used.
     */
    boolean release(Lease lease, Instant due);

    /** Abandons a claimed delivery without an attempt (its webhook is gone or off), under the same condition. */
    boolean abandon(Lease lease, Instant at);

    /** Abandons every pending delivery of a webhook, claimed or not; answers how many. */
    int abandonPending(OrganizationId org, WebhookId webhook, Instant at);

    /** Stores a delivery that was attempted once outside the queue (a test ping), finished with {@code status}. */
    void addAttempted(NewDelivery delivery, DeliveryAttempt attempt, DeliveryStatus status);

    /** A delivery's status, if it belongs to that webhook of that organization. */
    Optional<DeliveryStatus> status(OrganizationId org, WebhookId webhook, DeliveryId delivery);

    /**
     * Makes a finished delivery pending and due at {@code now} again, with the same message id and body; its next
     * attempt continues the numbering. Answers false when it is not finished (or not that webhook's).
     */
    boolean redeliver(OrganizationId org, WebhookId webhook, DeliveryId delivery, Instant now);

    /** A webhook's attempts, newest first. */
    Page<DeliveryAttemptView> attempts(OrganizationId org, WebhookId webhook, PageRequest page);
}
