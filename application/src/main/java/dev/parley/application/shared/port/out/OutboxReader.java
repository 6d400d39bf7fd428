package dev.parley.application.shared.port.out;

import dev.parley.domain.shared.EventId;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Hands the outbox's unpublished events to whatever fans them out, each exactly once. */
public interface OutboxReader {
    /**
     * Up to {@code limit} unpublished events, oldest first, locked until the caller's transaction ends; events another
     * transaction holds are skipped, so several publishers never take the same event. Call inside a transaction.
     */
    List<OutboxEvent> lockUnpublished(int limit);

    /** Marks events published, in the caller's transaction, so they are never handed out again. */
    void markPublished(List<EventId> events, Instant at);

    /** An event as recorded: its identity, tenant, type, time and plain data. */
    record OutboxEvent(EventId id, OrganizationId organizationId, String type, Instant occurredAt, Map<String, Object> data) {
    }
}
