package dev.parley.domain.livechat;

import java.util.Objects;
import java.util.UUID;

/** Identity of a poll. */
public record PollId(UUID value) {
    public PollId {
        Objects.requireNonNull(value, "value");
    }
}
