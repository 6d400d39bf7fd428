package dev.parley.application.webhook;

import dev.parley.application.shared.port.out.Transactions;
import dev.parley.application.webhook.port.out.AttemptResult;
import dev.parley.application.webhook.port.out.ClaimedDelivery;
import dev.parley.application.webhook.port.out.DeliveryAnnouncements;
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
import dev.parley.domain.webhook.DeliveryId;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;

/**
 * Attempts due deliveries (research notes §8.1): takes fresh ones the server's dispatchers stored already claimed and
 * handed off ({@link DeliveryHandOff}), or claims up to {@link #BATCH} due ones, each under its own lease, in one
 * short transaction, then one by one signs and posts each with no transaction open. A worker claims when it has not
 * for {@link #CLAIM_AT_LEAST_EVERY}, when its last claim found work, or when deliveries were announced for claiming
 * since; with a hand-off in use, an empty hand-off alone is no reason, as the table then rarely holds anything due.
 * Results are recorded in short transactions, each only if its lease still holds: either by the worker, its batch's
 * together when the batch ends, or, once {@link #recordInBackground()} is called, by a recorder thread
 * ({@link #recordWaiting}) while the workers go on posting. Either way a 410 is recorded (and its webhook switched off) before
 * the worker goes on. After an attempt slower than {@link #SLOW_ATTEMPT} the rest of the batch is given back
 * unattempted so that one slow receiver cannot hold up the others' deliveries. A delivery is only started while the
 * lease has room for a whole attempt (the transport's 20-second deadline and recording it), so a live worker never
 * loses a lease; the ones left when the room runs out are given back too. A worker that died leaves its deliveries,
 * and results it had not recorded, to be claimed and attempted again, with the same message ids and bytes, once the
 * lease runs out.
 */
public final class DeliveryWorker {
    public static final Duration LEASE = Duration.ofSeconds(60);
    /** How many due deliveries a claim takes at least: at first, when little is due, and after a batch ended early. */
    public static final int BATCH = 16;
    /**
     * The most one claim takes. A claim asks for twice what the last one got, so during a backlog the database does less
     * per delivery, while a burst smaller than the workers' first claims is still spread over all of them.
     */
    static final int LARGEST_BATCH = 64;
    /** The longest an attempt takes: the transport's deadline, signing and recording, with room to spare. */
    static final Duration LONGEST_ATTEMPT = Duration.ofSeconds(25);
    /** An attempt at least this slow ends its batch: what is recorded is recorded and the rest given back. */
    static final Duration SLOW_ATTEMPT = Duration.ofSeconds(5);
    /**
     * How long a worker busy with handed-off deliveries goes at most without claiming, so that retries, redeliveries and
     * deliveries other servers left behind are not kept waiting by a steady stream of fresh ones.
     */
    static final Duration CLAIM_AT_LEAST_EVERY = Duration.ofSeconds(1);
    /** The most results recorded in one statement when recording in the background. */
    static final int LARGEST_RECORDING = 256;
    private static final int DEACTIVATION_TRIES = 3;

    private final DeliveryRepository deliveries;
    private final WebhookRepository webhooks;
    private final SignedPost post;
    private final Transactions tx;
    private final RetrySchedule schedule;
    private final JitterSource jitter;
    private final Clock clock;
    private final RecentWebhooks recent;
    private final DeliveryHandOff handOff;
    private final DeliveryAnnouncements announcements;
    private final Map<String, Integer> nextClaimSizes = new ConcurrentHashMap<>();
    private final Map<String, LastClaim> lastClaims = new ConcurrentHashMap<>();
    private volatile WaitingResults background;

    public DeliveryWorker(DeliveryRepository deliveries, WebhookRepository webhooks, SigningSecrets secrets, WebhookTransport transport,
                          Transactions tx, RetrySchedule schedule, JitterSource jitter, Clock clock, DeliveryHandOff handOff,
                          DeliveryAnnouncements announcements) {
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.post = new SignedPost(transport, secrets);
        this.tx = tx;
        this.schedule = schedule;
        this.jitter = jitter;
        this.clock = clock;
        this.recent = new RecentWebhooks(webhooks, clock);
        this.handOff = handOff;
        this.announcements = announcements;
    }

    /** {@link #deliverDue(String, BooleanSupplier)} that attempts the whole batch (room in the lease permitting). */
    public int deliverDue(String worker) {
        return deliverDue(worker, () -> true);
    }

    /**
     * Takes deliveries handed off to this server's workers, or claims the earliest due ones for {@code worker} when none
     * is waiting or it last claimed {@link #CLAIM_AT_LEAST_EVERY} ago ({@link #BATCH} of them, more during a backlog), and
     * attempts them while {@code carryOn} holds, giving the rest back; answers how many it took (0 when none was due).
     */
    public int deliverDue(String worker, BooleanSupplier carryOn) {
        List<ClaimedDelivery> claimed = nextBatch(worker);
        Results results = background == null ? new InlineResults() : new BackgroundResults(background);
        for (int i = 0; i < claimed.size(); i++) {
            if (!carryOn.getAsBoolean() || clock.instant().isAfter(claimed.get(i).leaseUntil().minus(LONGEST_ATTEMPT))) {
                results.batchEnded();
                giveBack(worker, claimed.subList(i, claimed.size()));
                return claimed.size();
            }
            Optional<Attempted> attempted = attempt(claimed.get(i));
            if (attempted.isEmpty()) {
                continue;
            }
            results.add(attempted.get());
            if (attempted.get().gone()) {
                results.recordNow();
            } else if (attempted.get().slow()) {
                results.batchEnded();
                giveBack(worker, claimed.subList(i + 1, claimed.size()));
                return claimed.size();
            }
        }
        results.batchEnded();
        return claimed.size();
    }

    /**
     * From now on, results of attempts wait for {@link #recordWaiting} on another thread instead of being recorded by the
     * worker that made them when its batch ends; a 410 is still recorded (its webhook switched off) before the worker goes on.
     */
    public void recordInBackground() {
        background = new WaitingResults();
    }

    /**
     * Records up to {@value #LARGEST_RECORDING} waiting results in one transaction, waiting up to {@code patience} for the
     * first; answers how many. A failure leaves them waiting, to be tried again.
     */
    public int recordWaiting(Duration patience) throws InterruptedException {
        List<Attempted> next = background.next(LARGEST_RECORDING, patience);
        if (!next.isEmpty()) {
            record(new ArrayList<>(next));
            background.recorded();
        }
        return next.size();
    }

    /** True when no result waits to be recorded (always, unless recording in the background). */
    public boolean nothingToRecord() {
        return background == null || background.isEmpty();
    }

    /** Where one batch's results go. */
    private interface Results {
        void add(Attempted attempted);

        /** The batch made its attempts (or stops early). */
        void batchEnded();

        /** Everything added so far must be recorded before the worker goes on. */
        void recordNow();
    }

    /** The worker records its batch's results itself, together, when the batch ends. */
    private final class InlineResults implements Results {
        private final List<Attempted> unrecorded = new ArrayList<>();

        @Override
        public void add(Attempted attempted) {
            unrecorded.add(attempted);
        }

        @Override
        public void batchEnded() {
            record(unrecorded);
        }

        @Override
        public void recordNow() {
            record(unrecorded);
        }
    }

    /** The results wait for the recorder thread; the worker only waits for it after a 410. */
    private static final class BackgroundResults implements Results {
        private final WaitingResults waiting;
        private long lastTicket;

        private BackgroundResults(WaitingResults waiting) {
            this.waiting = waiting;
        }

        @Override
        public void add(Attempted attempted) {
            try {
                lastTicket = waiting.add(attempted);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while results waited to be recorded", e);
            }
        }

        @Override
        public void batchEnded() {
        }

        @Override
        public void recordNow() {
            try {
                waiting.awaitRecorded(lastTicket, LONGEST_ATTEMPT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Gives back, unattempted, what is still waiting in the hand-off (when the server stops); answers how many. */
    public int giveBackHandedOff() {
        List<ClaimedDelivery> waiting = handOff.drain();
        if (!waiting.isEmpty()) {
            tx.run(() -> waiting.forEach(delivery -> deliveries.release(delivery.lease(), clock.instant())));
        }
        return waiting.size();
    }

    private List<ClaimedDelivery> nextBatch(String worker) {
        Instant now = clock.instant();
        int size = nextClaimSizes.getOrDefault(worker, BATCH);
        LastClaim last = lastClaims.get(worker);
        List<ClaimedDelivery> batch = last == null || last.overdue(now) ? List.of() : handOff.take(size);
        if (batch.isEmpty()) {
            long heard = announcements.count();
            if (!handOff.inUse() || last == null || last.worthRepeating(now, heard)) {
                batch = tx.inTransaction(() -> deliveries.claimDue(worker, now, LEASE, size));
                lastClaims.put(worker, new LastClaim(now, !batch.isEmpty(), heard));
            }
        }
        if (batch.isEmpty()) {
            batch = handOff.take(size);
        }
        nextClaimSizes.put(worker, Math.clamp(2L * batch.size(), BATCH, LARGEST_BATCH));
        return batch;
    }

    /** When a worker last claimed, whether that claim found anything, and how many announcements had been heard before it. */
    private record LastClaim(Instant at, boolean found, long announcementsHeard) {
        boolean overdue(Instant now) {
            return !now.isBefore(at.plus(CLAIM_AT_LEAST_EVERY));
        }

        /** Another claim may find something: the last one did, deliveries were announced since, or it is overdue. */
        boolean worthRepeating(Instant now, long announcementsNow) {
            return found || announcementsNow != announcementsHeard || overdue(now);
        }
    }

    /** An attempt made, waiting to be recorded: its result, and whether the receiver said 410 or answered slowly. */
    record Attempted(ClaimedDelivery delivery, AttemptResult result, boolean gone, boolean slow) {
    }

    /** Releases deliveries the batch will not attempt, and makes the worker's next claim a small one again. */
    private void giveBack(String worker, List<ClaimedDelivery> unattempted) {
        nextClaimSizes.put(worker, BATCH);
        if (!unattempted.isEmpty()) {
            tx.run(() -> unattempted.forEach(delivery -> deliveries.release(delivery.lease(), clock.instant())));
        }
    }

    /** Posts one delivery, or abandons it unsent when its webhook is gone or off. */
    private Optional<Attempted> attempt(ClaimedDelivery delivery) {
        Lease lease = delivery.lease();
        Optional<Webhook> webhook = recent.find(delivery.organizationId(), delivery.webhookId()).filter(Webhook::active);
        if (webhook.isEmpty()) {
            tx.inTransaction(() -> deliveries.abandon(lease, clock.instant()));
            return Optional.empty();
        }
        Instant started = clock.instant();
        DeliveryOutcome outcome = post.send(webhook.get(), delivery.messageId(), delivery.body(), started);
        Instant now = clock.instant();
        DeliveryDecision decision = DeliveryPolicy.decide(outcome, lease.attemptNumber(), schedule, now, jitter.next());
        Settlement next = switch (decision) {
            case DeliveryDecision.Succeeded succeeded -> Settlement.finished(DeliveryStatus.SUCCEEDED, now);
            case DeliveryDecision.RetryAt retry -> Settlement.retryAt(retry.at());
            case DeliveryDecision.Failed failed -> Settlement.finished(DeliveryStatus.FAILED, now);
            case DeliveryDecision.DeactivateWebhook gone -> Settlement.finished(DeliveryStatus.FAILED, now);
        };
        AttemptResult result = new AttemptResult(lease, new DeliveryAttempt(started, outcome, false), next);
        return Optional.of(new Attempted(delivery, result, decision instanceof DeliveryDecision.DeactivateWebhook,
                Duration.between(started, now).compareTo(SLOW_ATTEMPT) >= 0));
    }

    /**
     * Records the attempts in one transaction, switching off the webhook of each recorded 410; retried when such a
     * switch-off meets a concurrent change to the webhook. Empties {@code unrecorded}.
     */
    private void record(List<Attempted> unrecorded) {
        if (unrecorded.isEmpty()) {
            return;
        }
        List<AttemptResult> results = unrecorded.stream().map(Attempted::result).toList();
        for (int tries = 1; ; tries++) {
            try {
                tx.run(() -> {
                    Set<DeliveryId> recorded = deliveries.recordAttempts(results);
                    unrecorded.stream().filter(attempted -> attempted.gone() && recorded.contains(attempted.delivery().lease().delivery()))
                            .forEach(attempted -> {
                                deactivate(attempted.delivery().organizationId(), attempted.delivery().webhookId(), clock.instant());
                                recent.forget(attempted.delivery().organizationId(), attempted.delivery().webhookId());
                            });
                });
                unrecorded.clear();
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
