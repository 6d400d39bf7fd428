package dev.parley.adapter.persistence.webhook;

import static dev.parley.adapter.persistence.jooq.Tables.WEBHOOK_ATTEMPTS;
import static dev.parley.adapter.persistence.jooq.Tables.WEBHOOK_DELIVERIES;

import dev.parley.adapter.persistence.jooq.tables.records.WebhookDeliveriesRecord;
import dev.parley.adapter.persistence.shared.InstantConverter;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.webhook.port.in.DeliveryAttemptView;
import dev.parley.application.webhook.port.out.AttemptResult;
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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.UpdateSetMoreStep;

/**
 * Deliveries in {@code webhook_deliveries} and their attempts in {@code webhook_attempts}. Claiming is one
 * {@code UPDATE … WHERE id IN (SELECT … FOR UPDATE SKIP LOCKED)} that bumps the attempt number and sets the lease,
 * changing no indexed column so that PostgreSQL can update in place (a due delivery is one whose time has come and
 * whose lease, if any, has run out). Results are written only where status, lease owner and attempt number still
 * match, the settling update and the attempt's log entry in one statement. The three statements of the delivery loop
 * (add, claim, record) are plain JDBC on the transaction's connection: jOOQ's rendering cost more than the statements.
 */
public final class JooqDeliveryRepository implements DeliveryRepository, DeliveryPurge {
    private static final String PENDING = DeliveryStatus.PENDING.wireName();

    /**
     * Claims and recorded results need not wait for their WAL flush: a database crash that loses the last moments of
     * them leaves those deliveries pending (the write-ahead log keeps a lost claim's result lost too), so they are sent
     * again with the same webhook-id and bytes, which the dispatcher fixed in a transaction that does wait for the disk.
     */
    private static final String ASYNCHRONOUS_COMMIT = "set local synchronous_commit = off";
    private static final InstantConverter INSTANTS = new InstantConverter();
    /**
     * Commits without waiting for the disk like the claim does (see {@link #ASYNCHRONOUS_COMMIT}), set from within the
     * statement, which saves the transaction a round trip.
     */
    private static final String RECORD_ATTEMPTS = """
            with asynchronous_commit as (select set_config('synchronous_commit', 'off', true)),
            result as (
                select cast(id as uuid) as id, owner, attempt_no, status,
                       timestamptz 'epoch' + retry_us * interval '1 microsecond' as retry_at,
                       timestamptz 'epoch' + finished_us * interval '1 microsecond' as finished_at,
                       timestamptz 'epoch' + started_us * interval '1 microsecond' as started_at,
                       status_code, error_class, latency_ms, response_excerpt, test
                  from unnest(cast(? as text[]), cast(? as text[]), cast(? as int[]), cast(? as text[]), cast(? as bigint[]),
                              cast(? as bigint[]), cast(? as bigint[]), cast(? as int[]), cast(? as text[]),
                              cast(? as int[]), cast(? as text[]), cast(? as boolean[]))
                       as result (id, owner, attempt_no, status, retry_us, finished_us, started_us, status_code, error_class,
                                  latency_ms, response_excerpt, test)),
            settled as (
                update webhook_deliveries delivery
                   set status = result.status, lease_owner = null, lease_until = null,
                       next_attempt_at = coalesce(result.retry_at, delivery.next_attempt_at), finished_at = result.finished_at
                  from result, asynchronous_commit
                 where delivery.id = result.id and delivery.status = 'pending' and delivery.lease_owner = result.owner
                   and delivery.attempts = result.attempt_no
                returning delivery.id, delivery.organization_id, delivery.webhook_id, delivery.message_id, delivery.event_type,
                          result.attempt_no, result.started_at, result.status_code, result.error_class, result.latency_ms,
                          result.response_excerpt, result.test)
            insert into webhook_attempts (delivery_id, attempt_no, organization_id, webhook_id, message_id, event_type, started_at,
                                          status_code, error_class, latency_ms, response_excerpt, test)
            select id, attempt_no, organization_id, webhook_id, message_id, event_type, started_at,
                   status_code, error_class, latency_ms, response_excerpt, test
              from settled
             order by started_at
            returning delivery_id
            """;

    /**
     * A claim must walk the due index in order. Statistics taken while nothing was pending (after a quiet spell) make
     * reading every pending delivery through another index and sorting them look cheaper, which turned a backlog of
     * 30,000 into one full sort per claim and delivery into a crawl (464/s instead of 5,000/s); without sorts the due
     * index is the plan whatever the statistics say.
     */
    static final String CLAIM_SETTINGS = ASYNCHRONOUS_COMMIT + "; set local enable_sort = off";
    static final String CLAIM_DUE = """
            update webhook_deliveries
               set attempts = attempts + 1, lease_owner = ?, lease_until = cast(? as timestamptz)
             where id in (select id from webhook_deliveries
                           where status = 'pending' and next_attempt_at <= cast(? as timestamptz)
                             and (lease_until is null or lease_until <= cast(? as timestamptz))
                           order by next_attempt_at
                           limit ?
                           for update skip locked)
            returning id, organization_id, webhook_id, event_type, body, attempts
            """;
    /**
     * Deliveries a dispatch fans out, in one statement (so its wake-up trigger fires once), either unclaimed or already
     * claimed for their first attempt (when an owner is given). A claimed one is next due when its lease runs out, so that
     * claims, which walk the due index, never step over deliveries waiting in a hand-off.
     */
    private static final String ADD_PENDING = """
            insert into webhook_deliveries (id, organization_id, webhook_id, event_id, event_type, message_id, body, status, attempts,
                                            next_attempt_at, lease_owner, lease_until, created_at)
            select cast(id as uuid), organization_id, webhook_id, cast(event_id as uuid), event_type, message_id, body, 'pending',
                   case when lease.owner is null then 0 else 1 end, coalesce(lease.until, created.at), lease.owner, lease.until,
                   created.at
              from unnest(cast(? as text[]), cast(? as bigint[]), cast(? as bigint[]), cast(? as text[]), cast(? as text[]),
                          cast(? as text[]), cast(? as bytea[]), cast(? as bigint[]))
                   as added (id, organization_id, webhook_id, event_id, event_type, message_id, body, created_us),
                   lateral (select timestamptz 'epoch' + created_us * interval '1 microsecond') as created (at),
                   (select cast(? as text), cast(? as timestamptz)) as lease (owner, until)
            """;

    private final DSLContext dsl;

    public JooqDeliveryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(List<NewDelivery> deliveries) {
        insert(deliveries, null, null);
    }

    @Override
    public List<ClaimedDelivery> addClaimed(List<NewDelivery> deliveries, String owner, Instant leaseUntil) {
        insert(deliveries, owner, INSTANTS.to(leaseUntil));
        return deliveries.stream().map(delivery -> ClaimedDelivery.firstAttempt(delivery, owner, leaseUntil)).toList();
    }

    private void insert(List<NewDelivery> deliveries, String owner, OffsetDateTime leaseUntil) {
        if (deliveries.isEmpty()) {
            return;
        }
        NewDeliveryColumns columns = NewDeliveryColumns.of(deliveries);
        dsl.connection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(ADD_PENDING)) {
                columns.bind(connection, statement);
                statement.setString(NewDeliveryColumns.COUNT + 1, owner);
                statement.setObject(NewDeliveryColumns.COUNT + 2, leaseUntil, Types.TIMESTAMP_WITH_TIMEZONE);
                statement.executeUpdate();
            }
        });
    }

    @Override
    public List<ClaimedDelivery> claimDue(String owner, Instant now, Duration lease, int limit) {
        OffsetDateTime until = INSTANTS.to(now.plus(lease));
        return dsl.connectionResult(connection -> {
            setLocally(connection, CLAIM_SETTINGS);
            try (PreparedStatement statement = connection.prepareStatement(CLAIM_DUE)) {
                OffsetDateTime at = INSTANTS.to(now);
                statement.setString(1, owner);
                statement.setObject(2, until, Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setObject(3, at, Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setObject(4, at, Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setInt(5, limit);
                List<ClaimedDelivery> claimed = new ArrayList<>(limit);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(new ClaimedDelivery(new Lease(new DeliveryId(rows.getObject(1, UUID.class)), owner, rows.getInt(6)),
                                now.plus(lease), new OrganizationId(rows.getLong(2)), new WebhookId(rows.getLong(3)), rows.getString(4), rows.getBytes(5)));
                    }
                }
                return claimed;
            }
        });
    }

    /** Settles each delivery and logs its attempt in one statement; each insert sees only a row its update matched. */
    @Override
    public Set<DeliveryId> recordAttempts(List<AttemptResult> results) {
        if (results.isEmpty()) {
            return Set.of();
        }
        return dsl.connectionResult(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(RECORD_ATTEMPTS)) {
                AttemptColumns.of(results).bind(connection, statement);
                Set<DeliveryId> recorded = new HashSet<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        recorded.add(new DeliveryId(rows.getObject(1, UUID.class)));
                    }
                }
                return recorded;
            }
        });
    }

    /** Applies {@code set local} settings to the transaction on {@code connection}. */
    private static void setLocally(Connection connection, String settings) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(settings);
        }
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
                .where(ofWebhook(org, webhook), WEBHOOK_DELIVERIES.STATUS.eq(PENDING))
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
        Condition ours = attemptsOfWebhook(org, webhook);
        long total = dsl.fetchCount(WEBHOOK_ATTEMPTS, ours);
        List<DeliveryAttemptView> items = dsl.select(WEBHOOK_ATTEMPTS.fields()).select(WEBHOOK_DELIVERIES.STATUS)
                .from(WEBHOOK_ATTEMPTS)
                .join(WEBHOOK_DELIVERIES).on(WEBHOOK_DELIVERIES.ID.eq(WEBHOOK_ATTEMPTS.DELIVERY_ID))
                .where(ours)
                .orderBy(WEBHOOK_ATTEMPTS.STARTED_AT.desc(), WEBHOOK_ATTEMPTS.DELIVERY_ID.desc(), WEBHOOK_ATTEMPTS.ATTEMPT_NO.desc())
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

    /** The deliveries of one organization's webhook. */
    static Condition ofWebhook(OrganizationId org, WebhookId webhook) {
        return WEBHOOK_DELIVERIES.ORGANIZATION_ID.eq(org.value()).and(WEBHOOK_DELIVERIES.WEBHOOK_ID.eq(webhook.value()));
    }

    /** The logged attempts of one organization's webhook. */
    static Condition attemptsOfWebhook(OrganizationId org, WebhookId webhook) {
        return WEBHOOK_ATTEMPTS.ORGANIZATION_ID.eq(org.value()).and(WEBHOOK_ATTEMPTS.WEBHOOK_ID.eq(webhook.value()));
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

    /** Deletes finished deliveries and their attempts. */
    @Override
    public int deleteFinishedUpTo(Instant cutoff, int limit) {
        List<UUID> finished = dsl.select(WEBHOOK_DELIVERIES.ID).from(WEBHOOK_DELIVERIES)
                .where(WEBHOOK_DELIVERIES.STATUS.ne(PENDING), WEBHOOK_DELIVERIES.FINISHED_AT.le(cutoff))
                .limit(limit)
                .forUpdate().skipLocked()
                .fetch(WEBHOOK_DELIVERIES.ID);
        if (finished.isEmpty()) {
            return 0;
        }
        dsl.deleteFrom(WEBHOOK_ATTEMPTS).where(WEBHOOK_ATTEMPTS.DELIVERY_ID.in(finished)).execute();
        return dsl.deleteFrom(WEBHOOK_DELIVERIES).where(WEBHOOK_DELIVERIES.ID.in(finished)).execute();
    }
}
