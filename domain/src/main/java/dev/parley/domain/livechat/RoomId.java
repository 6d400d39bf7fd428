package dev.parley.domain.livechat;

import java.util.Objects;
import java.util.UUID;

/** Identity of a chat room. */
public record RoomId(UUID value) {
    public RoomId {
        Objects.requireNonNull(value, "value");
    }
}
