package dev.parley.domain.webhook;

import java.util.Arrays;

/** Where a delivery stands: waiting for its next attempt, or finished one of three ways. */
public enum DeliveryStatus {
    PENDING("pending"),
    SUCCEEDED("succeeded"),
    /** Every attempt failed, or the receiver answered 410 Gone. */
    FAILED("failed"),
    /** Never finished because its webhook was switched off or its receiver said it is gone. */
    ABANDONED("abandoned");

    private final String wireName;

    DeliveryStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static DeliveryStatus fromWireName(String name) {
        return Arrays.stream(values()).filter(status -> status.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no delivery status " + name));
    }
}
