package dev.parley.adapter.persistence.webhook;

import static dev.parley.adapter.persistence.jooq.Tables.WEBHOOK_ATTEMPTS;
import static dev.parley.adapter.persistence.jooq.Tables.WEBHOOK_DELIVERIES;

import dev.parley.adapter.persistence.jooq.tables.records.WebhookDeliveriesRecord;
import dev.parley.adapter.persistence.shared.InstantConverter;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.webhook.port.in.DeliveryAttemptView;
import dev.parley.application.webhook.port.out.ClaimedDelivery;
import dev.parley.application.webhook.port.out.DeliveryAttempt;
import dev.parley.application.webhook.port.out.DeliveryPurge;
import dev.parley.application.webhook.port.out.DeliveryRepository;
import dev.parley.application.webhook.port.out.Lease;
import dev.parley.application.webhook.port.out.NewDelivery;
import dev.parley.application.webhook.port.out.Settlement;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.DeliveryError;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.DeliveryOutcome;
import dev.parley.domain.webhook.DeliveryStatus;
import dev.parley.domain.webhook.WebhookId;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.UpdateSetMoreStep;

/**
 * Deliveries in {@code webhook_deliveries} and their attempts in {@code webhook_attempts}. Claiming is one
 * {@code UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)} that bumps the attempt number and moves the due time
 * to the lease's end; results are written only where status, lease owner and attempt number still match, the settling
 * update and the attempt's log entry in one statement.
 */
public final class JooqDeliveryRepository implements DeliveryRepository, DeliveryPurge {
    private static final String PENDING = DeliveryStatus.PENDING.wireName();

    /**
     * A recorded result need not wait for its WAL flush: a database crash that loses the last moments of them leaves
     * those deliveries pending under a lease that runs out, and they are sent again with the same webhook-id and bytes.
     */
    private static final String ASYNCHRONOUS_COMMIT = "set local synchronous_commit = off";
    private static final InstantConverter INSTANTS = new InstantConverter();
    private static final String RECORD_ATTEMPT = """
            with settled as (
                update webhook_deliveries
                   set status = ?, lease_owner = null, lease_until = null,
                       next_attempt_at = coalesce(cast(? as timestamptz), next_attempt_at), finished_at = cast(? as timestamptz)
                 where id = ? and status = 'pending' and lease_owner = ? and attempts = ?
                returning id, organization_id, webhook_id, message_id, event_type)
            insert into webhook_attempts (delivery_id, attempt_no, organization_id, webhook_id, message_id, event_type, started_at,
                                          status_code, error_class, latency_ms, response_excerpt, test)
            select id, ?, organization_id, webhook_id, message_id, event_type, cast(? as timestamptz),
                   cast(? as int), cast(? as text), ?, ?, ?
              from settled
            """;

    private final DSLContext dsl;

    public JooqDeliveryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(List<NewDelivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        dsl.batchInsert(deliveries.stream().map(delivery -> row(delivery, DeliveryStatus.PENDING, 0, delivery.createdAt())).toList()).execute();
    }

    @Override
    public List<ClaimedDelivery> claimDue(String owner, Instant now, Duration lease, int limit) {
        Instant until = now.plus(lease);
        return dsl.update(WEBHOOK_DELIVERIES)
                .set(WEBHOOK_DELIVERIES.ATTEMPTS, WEBHOOK_DELIVERIES.ATTEMPTS.plus(1))
                .set(WEBHOOK_DELIVERIES.LEASE_OWNER, owner)
                .set(WEBHOOK_DELIVERIES.LEASE_UNTIL, until)
                .set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, until)
                .where(WEBHOOK_DELIVERIES.ID.in(dsl.select(WEBHOOK_DELIVERIES.ID)
                        .from(WEBHOOK_DELIVERIES)
                        .where(WEBHOOK_DELIVERIES.STATUS.eq(PENDING), WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT.le(now))
                        .orderBy(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT)
                        .limit(limit)
                        .forUpdate().skipLocked()))
                .returning(WEBHOOK_DELIVERIES.ID, WEBHOOK_DELIVERIES.ORGANIZATION_ID, WEBHOOK_DELIVERIES.WEBHOOK_ID,
                        WEBHOOK_DELIVERIES.EVENT_TYPE, WEBHOOK_DELIVERIES.BODY, WEBHOOK_DELIVERIES.ATTEMPTS)
                .fetch(row -> new ClaimedDelivery(new Lease(new DeliveryId(row.getId()), owner, row.getAttempts()),
                        new OrganizationId(row.getOrganizationId()), new WebhookId(row.getWebhookId()), row.getEventType(), row.getBody()));
    }

    /**
     * Settles the delivery and logs its attempt in one round trip; the insert sees only a row the update matched. Run
     * once per attempt, so it is bound on the transaction's connection directly rather than built and rendered by jOOQ.
     */
    @Override
    public boolean recordAttempt(Lease lease, DeliveryAttempt attempt, Settlement next) {
        boolean pending = next.status() == DeliveryStatus.PENDING;
        DeliveryOutcome outcome = attempt.outcome();
        return dsl.connectionResult(connection -> {
            try (Statement settings = connection.createStatement()) {
                settings.execute(ASYNCHRONOUS_COMMIT);
            }
            try (PreparedStatement statement = connection.prepareStatement(RECORD_ATTEMPT)) {
                statement.setString(1, next.status().wireName());
                statement.setObject(2, INSTANTS.to(pending ? next.at() : null), Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setObject(3, INSTANTS.to(pending ? null : next.at()), Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setObject(4, lease.delivery().value());
                statement.setString(5, lease.owner());
                statement.setInt(6, lease.attemptNumber());
                statement.setInt(7, lease.attemptNumber());
                statement.setObject(8, INSTANTS.to(attempt.startedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setObject(9, outcome.status().isPresent() ? outcome.status().getAsInt() : null, Types.INTEGER);
                statement.setString(10, outcome.error().map(DeliveryError::wireName).orElse(null));
                statement.setInt(11, latencyMillis(outcome));
                statement.setString(12, outcome.responseExcerpt());
                statement.setBoolean(13, attempt.test());
                return statement.executeUpdate() == 1;
            }
        });
    }

    @Override
    public boolean release(Lease lease, Instant due) {
        return settle(Settlement.retryAt(due)).set(WEBHOOK_DELIVERIES.ATTEMPTS, WEBHOOK_DELIVERIES.ATTEMPTS.minus(1))
                .where(heldBy(lease)).execute() == 1;
    }

    @Override
    public boolean abandon(Lease lease, Instant at) {
        return settle(Settlement.finished(DeliveryStatus.ABANDONED, at)).where(heldBy(lease)).execute() == 1;
    }

    @Override
    public int abandonPending(OrganizationId org, WebhookId webhook, Instant at) {
        return settle(Settlement.finished(DeliveryStatus.ABANDONED, at))
                .where(WEBHOOK_DELIVERIES.ORGANIZATION_ID.eq(org.value()), WEBHOOK_DELIVERIES.WEBHOOK_ID.eq(webhook.value()),
                        WEBHOOK_DELIVERIES.STATUS.eq(PENDING))
                .execute();
    }

    @Override
    public void addAttempted(NewDelivery delivery, DeliveryAttempt attempt, DeliveryStatus status) {
        if (status == DeliveryStatus.PENDING) {
            throw new IllegalArgumentException("an attempted delivery is stored finished");
        }
        WebhookDeliveriesRecord row = row(delivery, status, 1, attempt.startedAt());
        row.setFinishedAt(attempt.startedAt());
        dsl.executeInsert(row);
        log(delivery.id(), 1, delivery.organizationId().value(), delivery.webhookId().value(), delivery.id().messageId(),
                delivery.eventType(), attempt);
    }

    @Override
    public Optional<DeliveryStatus> status(OrganizationId org, WebhookId webhook, DeliveryId delivery) {
        return dsl.select(WEBHOOK_DELIVERIES.STATUS)
                .from(WEBHOOK_DELIVERIES)
                .where(ofWebhook(org, webhook), WEBHOOK_DELIVERIES.ID.eq(delivery.value()))
                .fetchOptional(row -> DeliveryStatus.fromWireName(row.value1()));
    }

    @Override
    public boolean redeliver(OrganizationId org, WebhookId webhook, DeliveryId delivery, Instant now) {
        return settle(Settlement.retryAt(now))
                .where(ofWebhook(org, webhook), WEBHOOK_DELIVERIES.ID.eq(delivery.value()), WEBHOOK_DELIVERIES.STATUS.ne(PENDING))
                .execute() == 1;
    }

    @Override
    public Page<DeliveryAttemptView> attempts(OrganizationId org, WebhookId webhook, PageRequest page) {
        Condition ours = WEBHOOK_ATTEMPTS.ORGANIZATION_ID.eq(org.value()).and(WEBHOOK_ATTEMPTS.WEBHOOK_ID.eq(webhook.value()));
        long total = dsl.fetchCount(WEBHOOK_ATTEMPTS, ours);
        List<DeliveryAttemptView> items = dsl.select(WEBHOOK_ATTEMPTS.fields()).select(WEBHOOK_DELIVERIES.STATUS)
                .from(WEBHOOK_ATTEMPTS)
                .join(WEBHOOK_DELIVERIES).on(WEBHOOK_DELIVERIES.ID.eq(WEBHOOK_ATTEMPTS.DELIVERY_ID))
                .where(ours)
                .orderBy(WEBHOOK_ATTEMPTS.STARTED_AT.desc(), WEBHOOK_ATTEMPTS.ID.desc())
                .limit(page.perPage()).offset(page.offset())
                .fetch(JooqDeliveryRepository::view);
        return new Page<>(items, total, page);
    }

    private WebhookDeliveriesRecord row(NewDelivery delivery, DeliveryStatus status, int attempts, Instant due) {
        WebhookDeliveriesRecord row = dsl.newRecord(WEBHOOK_DELIVERIES);
        row.setId(delivery.id().value());
        row.setOrganizationId(delivery.organizationId().value());
        row.setWebhookId(delivery.webhookId().value());
        row.setEventId(delivery.eventId().value());
        row.setEventType(delivery.eventType());
        row.setMessageId(delivery.id().messageId());
        row.setBody(delivery.body());
        row.setStatus(status.wireName());
        row.setAttempts(attempts);
        row.setNextAttemptAt(due);
        row.setCreatedAt(delivery.createdAt());
        return row;
    }

    /** The update that settles a delivery as {@code next} says and releases its lease; the caller adds the condition. */
    private UpdateSetMoreStep<WebhookDeliveriesRecord> settle(Settlement next) {
        UpdateSetMoreStep<WebhookDeliveriesRecord> update = dsl.update(WEBHOOK_DELIVERIES)
                .set(WEBHOOK_DELIVERIES.STATUS, next.status().wireName())
                .setNull(WEBHOOK_DELIVERIES.LEASE_OWNER)
                .setNull(WEBHOOK_DELIVERIES.LEASE_UNTIL);
        return next.status() == DeliveryStatus.PENDING
                ? update.set(WEBHOOK_DELIVERIES.NEXT_ATTEMPT_AT, next.at()).setNull(WEBHOOK_DELIVERIES.FINISHED_AT)
                : update.set(WEBHOOK_DELIVERIES.FINISHED_AT, next.at());
    }

    private static Condition heldBy(Lease lease) {
        return WEBHOOK_DELIVERIES.ID.eq(lease.delivery().value())
                .and(WEBHOOK_DELIVERIES.STATUS.eq(PENDING))
                .and(WEBHOOK_DELIVERIES.LEASE_OWNER.eq(lease.owner()))
                .and(WEBHOOK_DELIVERIES.ATTEMPTS.eq(lease.attemptNumber()));
    }

    private static Condition ofWebhook(OrganizationId org, WebhookId webhook) {
        return WEBHOOK_DELIVERIES.ORGANIZATION_ID.eq(org.value()).and(WEBHOOK_DELIVERIES.WEBHOOK_ID.eq(webhook.value()));
    }

    private void log(DeliveryId delivery, int attemptNumber, long org, long webhook, String messageId, String eventType,
                     DeliveryAttempt attempt) {
        DeliveryOutcome outcome = attempt.outcome();
        dsl.insertInto(WEBHOOK_ATTEMPTS)
                .set(WEBHOOK_ATTEMPTS.DELIVERY_ID, delivery.value())
                .set(WEBHOOK_ATTEMPTS.ATTEMPT_NO, attemptNumber)
                .set(WEBHOOK_ATTEMPTS.ORGANIZATION_ID, org)
                .set(WEBHOOK_ATTEMPTS.WEBHOOK_ID, webhook)
                .set(WEBHOOK_ATTEMPTS.MESSAGE_ID, messageId)
                .set(WEBHOOK_ATTEMPTS.EVENT_TYPE, eventType)
                .set(WEBHOOK_ATTEMPTS.STARTED_AT, attempt.startedAt())
                .set(WEBHOOK_ATTEMPTS.STATUS_CODE, outcome.status().isPresent() ? outcome.status().getAsInt() : null)
                .set(WEBHOOK_ATTEMPTS.ERROR_CLASS, outcome.error().map(DeliveryError::wireName).orElse(null))
                .set(WEBHOOK_ATTEMPTS.LATENCY_MS, latencyMillis(outcome))
                .set(WEBHOOK_ATTEMPTS.RESPONSE_EXCERPT, outcome.responseExcerpt())
                .set(WEBHOOK_ATTEMPTS.TEST, attempt.test())
                .execute();
    }

    private static int latencyMillis(DeliveryOutcome outcome) {
        return (int) Math.min(Integer.MAX_VALUE, outcome.latency().toMillis());
    }

    private static DeliveryAttemptView view(Record row) {
        Integer status = row.get(WEBHOOK_ATTEMPTS.STATUS_CODE);
        return new DeliveryAttemptView(new DeliveryId(row.get(WEBHOOK_ATTEMPTS.DELIVERY_ID)), row.get(WEBHOOK_ATTEMPTS.MESSAGE_ID),
                row.get(WEBHOOK_ATTEMPTS.EVENT_TYPE), row.get(WEBHOOK_ATTEMPTS.ATTEMPT_NO), row.get(WEBHOOK_ATTEMPTS.STARTED_AT),
                status == null ? OptionalInt.empty() : OptionalInt.of(status),
                Optional.ofNullable(row.get(WEBHOOK_ATTEMPTS.ERROR_CLASS)).flatMap(DeliveryError::fromWireName),
                Duration.ofMillis(row.get(WEBHOOK_ATTEMPTS.LATENCY_MS)), row.get(WEBHOOK_ATTEMPTS.RESPONSE_EXCERPT),
                row.get(WEBHOOK_ATTEMPTS.TEST), DeliveryStatus.fromWireName(row.get(WEBHOOK_DELIVERIES.STATUS)));
    }

    /** Deletes finished deliveries; their attempts go with them ({@code on delete cascade}). */
    @Override
    public int deleteFinishedUpTo(Instant cutoff, int limit) {
        return dsl.deleteFrom(WEBHOOK_DELIVERIES)
                .where(WEBHOOK_DELIVERIES.STATUS.ne(PENDING))
                .and(WEBHOOK_DELIVERIES.ID.in(dsl.select(WEBHOOK_DELIVERIES.ID).from(WEBHOOK_DELIVERIES)
                        .where(WEBHOOK_DELIVERIES.STATUS.ne(PENDING), WEBHOOK_DELIVERIES.FINISHED_AT.le(cutoff))
                        .limit(limit)
                        .forUpdate().skipLocked()))
                .execute();
    }
}
