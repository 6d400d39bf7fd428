package dev.parley.domain.helpdesk;

import java.util.Objects;
import java.util.UUID;

/** Identity of a ticket. */
public record TicketId(UUID value) {
    public TicketId {
        Objects.requireNonNull(value, "value");
    }
}
