package dev.parley.domain.helpdesk;

import java.util.Objects;
import java.util.UUID;

/** Identity of a message on a ticket. */
public record MessageId(UUID value) {
    public MessageId {
        Objects.requireNonNull(value, "value");
    }
}
