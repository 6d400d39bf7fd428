package dev.parley.application.fake;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.webhook.port.in.DeliveryAttemptView;
import dev.parley.application.webhook.port.out.AttemptResult;
import dev.parley.application.webhook.port.out.ClaimedDelivery;
import dev.parley.application.webhook.port.out.DeliveryAnnouncements;
import dev.parley.application.webhook.port.out.DeliveryAttempt;
import dev.parley.application.webhook.port.out.DeliveryPurge;
import dev.parley.application.webhook.port.out.DeliveryRepository;
import dev.parley.application.webhook.port.out.Lease;
import dev.parley.application.webhook.port.out.NewDelivery;
import dev.parley.application.webhook.port.out.Settlement;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.DeliveryOutcome;
import dev.parley.domain.webhook.DeliveryStatus;
import dev.parley.domain.webhook.WebhookId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Deliveries in memory: claims, leases and the log as the PostgreSQL adapter keeps them, one caller at a time. */
public final class InMemoryDeliveryRepository implements DeliveryRepository, DeliveryPurge, DeliveryAnnouncements {
    private final Map<DeliveryId, Row> rows = new LinkedHashMap<>();
    private final List<LoggedAttempt> log = new ArrayList<>();
    private long announcements;

    private static final class Row {
        private final NewDelivery delivery;
        private final long order;
        private DeliveryStatus status = DeliveryStatus.PENDING;
        private int attempts;
        private Instant nextAttemptAt;
        private Optional<String> leaseOwner = Optional.empty();
        private Optional<Instant> finishedAt = Optional.empty();

        private Row(NewDelivery delivery, long order) {
            this.delivery = delivery;
            this.order = order;
            this.nextAttemptAt = delivery.createdAt();
        }

        private boolean heldBy(Lease lease) {
            return status == DeliveryStatus.PENDING && leaseOwner.equals(Optional.of(lease.owner())) && attempts == lease.attemptNumber();
        }

        private boolean of(OrganizationId org, WebhookId webhook) {
            return delivery.organizationId().equals(org) && delivery.webhookId().equals(webhook);
        }

        private void settle(Settlement next) {
            status = next.status();
            leaseOwner = Optional.empty();
            if (next.status() == DeliveryStatus.PENDING) {
                nextAttemptAt = next.at();
                finishedAt = Optional.empty();
            } else {
                finishedAt = Optional.of(next.at());
            }
        }
    }

    private record LoggedAttempt(Row row, int attemptNumber, DeliveryAttempt attempt) {
    }

    @Override
    public synchronized void add(List<NewDelivery> deliveries) {
        store(deliveries);
        if (!deliveries.isEmpty()) {
            announcements++;
        }
    }

    /** Unclaimed deliveries and redeliveries are announced, as PostgreSQL's triggers notify of them. */
    @Override
    public synchronized long count() {
        return announcements;
    }

    private void store(List<NewDelivery> deliveries) {
        for (NewDelivery delivery : deliveries) {
            boolean duplicate = rows.containsKey(delivery.id()) || rows.values().stream().anyMatch(row ->
                    row.delivery.webhookId().equals(delivery.webhookId()) && row.delivery.eventId().equals(delivery.eventId()));
            if (duplicate) {
                throw new IllegalStateException("delivery " + delivery.id() + " or its event for that webhook exists already");
            }
            rows.put(delivery.id(), new Row(delivery, rows.size()));
        }
    }

    @Override
    public synchronized List<ClaimedDelivery> addClaimed(List<NewDelivery> deliveries, String owner, Instant leaseUntil) {
        store(deliveries);
        for (NewDelivery delivery : deliveries) {
            Row row = rows.get(delivery.id());
            row.attempts = 1;
            row.leaseOwner = Optional.of(owner);
            row.nextAttemptAt = leaseUntil;
        }
        return deliveries.stream().map(delivery -> ClaimedDelivery.firstAttempt(delivery, owner, leaseUntil)).toList();
    }

    @Override
    public synchronized List<ClaimedDelivery> claimDue(String owner, Instant now, Duration lease, int limit) {
        List<Row> due = rows.values().stream()
                .filter(row -> row.status == DeliveryStatus.PENDING && !row.nextAttemptAt.isAfter(now))
                .sorted(Comparator.comparing((Row row) -> row.nextAttemptAt).thenComparingLong(row -> row.order))
                .limit(limit)
                .toList();
        List<ClaimedDelivery> claimed = new ArrayList<>();
        for (Row row : due) {
            row.attempts++;
            row.leaseOwner = Optional.of(owner);
            row.nextAttemptAt = now.plus(lease);
            NewDelivery delivery = row.delivery;
            claimed.add(new ClaimedDelivery(new Lease(delivery.id(), owner, row.attempts), now.plus(lease), delivery.organizationId(),
                    delivery.webhookId(), delivery.eventType(), delivery.body()));
        }
        return claimed;
    }

    @Override
    public synchronized Set<DeliveryId> recordAttempts(List<AttemptResult> results) {
        Set<DeliveryId> recorded = new HashSet<>();
        for (AttemptResult result : results) {
            Lease lease = result.lease();
            Row row = rows.get(lease.delivery());
            if (row != null && row.heldBy(lease)) {
                log.add(new LoggedAttempt(row, lease.attemptNumber(), result.attempt()));
                row.settle(result.next());
                recorded.add(lease.delivery());
            }
        }
        return recorded;
    }

    @Override
    public synchronized boolean release(Lease lease, Instant due) {
        Row row = rows.get(lease.delivery());
        if (row == null || !row.heldBy(lease)) {
            return false;
        }
        row.attempts--;
        row.settle(Settlement.retryAt(due));
        return true;
    }

    @Override
    public synchronized boolean abandon(Lease lease, Instant at) {
        Row row = rows.get(lease.delivery());
        if (row == null || !row.heldBy(lease)) {
            return false;
        }
        row.settle(Settlement.finished(DeliveryStatus.ABANDONED, at));
        return true;
    }

    @Override
    public synchronized int abandonPending(OrganizationId org, WebhookId webhook, Instant at) {
        List<Row> pending = rows.values().stream().filter(row -> row.of(org, webhook) && row.status == DeliveryStatus.PENDING).toList();
        pending.forEach(row -> row.settle(Settlement.finished(DeliveryStatus.ABANDONED, at)));
        return pending.size();
    }

    @Override
    public synchronized void addAttempted(NewDelivery delivery, DeliveryAttempt attempt, DeliveryStatus status) {
        store(List.of(delivery));
        Row row = rows.get(delivery.id());
        row.attempts = 1;
        log.add(new LoggedAttempt(row, 1, attempt));
        row.settle(Settlement.finished(status, attempt.startedAt()));
    }

    @Override
    public synchronized Optional<DeliveryStatus> status(OrganizationId org, WebhookId webhook, DeliveryId delivery) {
        return Optional.ofNullable(rows.get(delivery)).filter(row -> row.of(org, webhook)).map(row -> row.status);
    }

    @Override
    public synchronized boolean redeliver(OrganizationId org, WebhookId webhook, DeliveryId delivery, Instant now) {
        Row row = rows.get(delivery);
        if (row == null || !row.of(org, webhook) || row.status == DeliveryStatus.PENDING) {
            return false;
        }
        row.settle(Settlement.retryAt(now));
        announcements++;
        return true;
    }

    @Override
    public synchronized Page<DeliveryAttemptView> attempts(OrganizationId org, WebhookId webhook, PageRequest page) {
        List<LoggedAttempt> ours = new ArrayList<>(log.stream().filter(logged -> logged.row.of(org, webhook)).toList());
        List<LoggedAttempt> newestFirst = new ArrayList<>();
        for (int i = ours.size() - 1; i >= 0; i--) {
            newestFirst.add(ours.get(i));
        }
        newestFirst.sort(Comparator.comparing((LoggedAttempt logged) -> logged.attempt.startedAt()).reversed());
        List<DeliveryAttemptView> items = newestFirst.stream().skip(page.offset()).limit(page.perPage()).map(InMemoryDeliveryRepository::view).toList();
        return new Page<>(items, ours.size(), page);
    }

    @Override
    public synchronized int deleteFinishedUpTo(Instant cutoff, int limit) {
        List<Row> old = rows.values().stream()
                .filter(row -> row.status != DeliveryStatus.PENDING && row.finishedAt.filter(at -> !at.isAfter(cutoff)).isPresent())
                .limit(limit).toList();
        for (Row row : old) {
            rows.remove(row.delivery.id());
            log.removeIf(logged -> logged.row == row);
        }
        return old.size();
    }

    /** How many deliveries are kept, for tests that look past the port. */
    public synchronized int size() {
        return rows.size();
    }

    /** The statuses of a webhook's deliveries in the order they were added, for tests that look past the port. */
    public synchronized List<DeliveryStatus> statusesOf(WebhookId webhook) {
        return rows.values().stream().filter(row -> row.delivery.webhookId().equals(webhook)).map(row -> row.status).toList();
    }

    /** Every attempt logged, oldest first, for tests that look past the port. */
    public synchronized List<DeliveryAttemptView> allAttempts() {
        return log.stream().map(InMemoryDeliveryRepository::view).toList();
    }

    private static DeliveryAttemptView view(LoggedAttempt logged) {
        NewDelivery delivery = logged.row.delivery;
        DeliveryOutcome outcome = logged.attempt.outcome();
        return new DeliveryAttemptView(delivery.id(), delivery.id().messageId(), delivery.eventType(), logged.attemptNumber,
                logged.attempt.startedAt(), outcome.status(), outcome.error(), outcome.latency(), outcome.responseExcerpt(),
                logged.attempt.test(), logged.row.status);
    }
}
