package dev.parley.domain.webhook;

import java.util.Arrays;
import java.util.Optional;

/** Why an attempt got no usable answer, spelled as in the deliveries log. */
public enum DeliveryError {
    TIMEOUT("timeout"),
    CONNECTION_REFUSED("connection_refused"),
    BLOCKED_DESTINATION("blocked_destination"),
    TLS("tls"),
    TOO_LARGE("too_large"),
    /** Any other network-level failure: an unknown host, a reset connection, a malformed answer. */
    CONNECTION_ERROR("connection_error");

    private final String wireName;

    DeliveryError(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Optional<DeliveryError> fromWireName(String name) {
        return Arrays.stream(values()).filter(error -> error.wireName.equals(name)).findFirst();
    }
}
