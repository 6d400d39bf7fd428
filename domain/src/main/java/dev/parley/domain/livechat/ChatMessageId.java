package dev.parley.domain.livechat;

import java.util.Objects;
import java.util.UUID;

/** Identity of a message posted in a room. */
public record ChatMessageId(UUID value) {
    public ChatMessageId {
        Objects.requireNonNull(value, "value");
    }
}
