package dev.parley.application.contract;

import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.Map;

/** An event as stored in an outbox: its type, tenant, time and JSON-shaped data. */
public record RecordedEvent(String type, OrganizationId organizationId, Instant occurredAt, Map<String, Object> data) {
    public static RecordedEvent of(DomainEvent event) {
        return new RecordedEvent(event.type(), event.organizationId(), event.occurredAt(), event.data());
    }
}
