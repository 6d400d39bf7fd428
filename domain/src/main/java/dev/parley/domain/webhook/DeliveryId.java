package dev.parley.domain.webhook;

import java.util.UUID;

/** Identity of one event's delivery to one webhook, which also names the message receivers deduplicate on. */
public record DeliveryId(UUID value) {
    public static final String MESSAGE_PREFIX = "msg_";

    public DeliveryId {
        if (value == null) {
            throw new IllegalArgumentException("a delivery id is required");
        }
    }

    /** The {@code webhook-id} header: {@code msg_} and the id's 32 hex digits, the same on every attempt and redelivery. */
    public String messageId() {
        return MESSAGE_PREFIX + value.toString().replace("-", "");
    }
}
