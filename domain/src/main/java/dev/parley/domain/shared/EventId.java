package dev.parley.domain.shared;

import java.util.UUID;

/** Identity of one event in the outbox; receivers see it as the {@code id} of a webhook payload. */
public record EventId(UUID value) {
    public EventId {
        if (value == null) {
            throw new IllegalArgumentException("an event id is required");
        }
    }
}
