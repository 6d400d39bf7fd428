package dev.parley.application.shared.port.out;

import dev.parley.domain.shared.EventId;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Hands the outbox's unpublished events to whatever fans them out, each exactly once. */
public interface OutboxReader {
    /**
     * Takes up to {@code limit} unpublished events, oldest first, marking them published at {@code at} in the caller's
     * transaction, so they are never handed out again unless it rolls back. Events another transaction is taking are
     * skipped, not waited for, so several publishers never take the same event. Call inside a transaction.
     */
    List<OutboxEvent> takeUnpublished(int limit, Instant at);

    /** An event as recorded: its identity, tenant, type, time and plain data. */
    record OutboxEvent(EventId id, OrganizationId organizationId, String type, Instant occurredAt, Map<String, Object> data) {
    }
}
