package dev.parley.adapter.persistence.shared;

import static dev.parley.adapter.persistence.jooq.Tables.IDEMPOTENCY_RECORDS;

import dev.parley.adapter.persistence.jooq.tables.records.IdempotencyRecordsRecord;
import dev.parley.application.shared.port.out.IdempotencyPurge;
import dev.parley.application.shared.port.out.IdempotencyRecords;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.Retention;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Idempotency keys in {@code idempotency_records}, kept for 24 hours. A concurrent claim of the same key blocks
 * behind the first transaction's uncommitted row; a committed row without a response (its request is still
 * running outside a transaction) is a {@code Conflict} with code {@code idempotency.in_progress}.
 */
public final class JooqIdempotencyRecords implements IdempotencyRecords, IdempotencyPurge {
    public static final Duration RETENTION = Retention.IDEMPOTENCY_KEYS.period();
    private static final int ATTEMPTS = 3;

    private final DSLContext dsl;

    public JooqIdempotencyRecords(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<StoredResponse> reserve(OrganizationId org, String scope, String key, String requestHash, Instant now) {
        Condition forKey = forKey(org, scope, key);
        dsl.deleteFrom(IDEMPOTENCY_RECORDS)
                .where(forKey, IDEMPOTENCY_RECORDS.CREATED_AT.le(now.minus(RETENTION)))
                .execute();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int claimed = dsl.insertInto(IDEMPOTENCY_RECORDS)
                    .set(IDEMPOTENCY_RECORDS.ORGANIZATION_ID, org.value())
                    .set(IDEMPOTENCY_RECORDS.SCOPE, scope)
                    .set(IDEMPOTENCY_RECORDS.KEY, key)
                    .set(IDEMPOTENCY_RECORDS.REQUEST_HASH, requestHash)
                    .set(IDEMPOTENCY_RECORDS.CREATED_AT, now)
                    .onConflictDoNothing()
                    .execute();
            if (claimed == 1) {
                return Optional.empty();
            }
            Optional<IdempotencyRecordsRecord> stored = dsl.selectFrom(IDEMPOTENCY_RECORDS).where(forKey).fetchOptional();
            if (stored.isPresent()) {
                return Optional.of(responseOf(stored.get()));
            }
        }
        throw new IllegalStateException("idempotency key kept vanishing between claim and read: " + key);
    }

    @Override
    public void complete(OrganizationId org, String scope, String key, StoredResponse response) {
        dsl.update(IDEMPOTENCY_RECORDS)
                .set(IDEMPOTENCY_RECORDS.STATUS, response.status())
                .set(IDEMPOTENCY_RECORDS.BODY, response.body())
                .where(forKey(org, scope, key))
                .execute();
    }

    @Override
    public int deleteCreatedUpTo(Instant cutoff, int limit) {
        return dsl.deleteFrom(IDEMPOTENCY_RECORDS)
                .where(DSL.row(IDEMPOTENCY_RECORDS.ORGANIZATION_ID, IDEMPOTENCY_RECORDS.SCOPE, IDEMPOTENCY_RECORDS.KEY).in(
                        dsl.select(IDEMPOTENCY_RECORDS.ORGANIZATION_ID, IDEMPOTENCY_RECORDS.SCOPE, IDEMPOTENCY_RECORDS.KEY)
                                .from(IDEMPOTENCY_RECORDS)
                                .where(IDEMPOTENCY_RECORDS.CREATED_AT.le(cutoff))
                                .limit(limit)
                                .forUpdate().skipLocked()))
                .execute();
    }

    private static StoredResponse responseOf(IdempotencyRecordsRecord stored) {
        if (stored.getStatus() == null) {
            throw new Conflict("idempotency.in_progress", "A request with this Idempotency-Key is still being processed.");
        }
        return new StoredResponse(stored.getRequestHash(), stored.getStatus(), stored.getBody());
    }

    private static Condition forKey(OrganizationId org, String scope, String key) {
        return IDEMPOTENCY_RECORDS.ORGANIZATION_ID.eq(org.value())
                .and(IDEMPOTENCY_RECORDS.SCOPE.eq(scope))
                .and(IDEMPOTENCY_RECORDS.KEY.eq(key));
    }
}
