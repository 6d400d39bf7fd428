package dev.parley.domain.shared;

import java.time.Instant;
import java.util.Map;

/** Something that happened to an aggregate, recorded in the outbox in the same transaction as the change. */
public interface DomainEvent {
    /** Dotted event name from the webhook catalog, e.g. {@code ticket.created}. */
    String type();

    OrganizationId organizationId();

    Instant occurredAt();

    /** Plain data (strings, numbers, booleans, lists, maps, nulls) describing what happened. */
    Map<String, Object> data();
}
