package dev.parley.domain.livechat;

import java.util.Objects;
import java.util.UUID;

/** Identity of one answer a poll offers. */
public record PollOptionId(UUID value) {
    public PollOptionId {
        Objects.requireNonNull(value, "value");
    }
}
