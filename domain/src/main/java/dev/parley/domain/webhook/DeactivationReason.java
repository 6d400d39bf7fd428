package dev.parley.domain.webhook;

import java.util.Arrays;

/** Why the platform, rather than the customer, switched a webhook off. */
public enum DeactivationReason {
    /** The receiver answered 410 Gone: it asked for no more deliveries. */
    GONE("gone");

    private final String wireName;

    DeactivationReason(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static DeactivationReason fromWireName(String name) {
        return Arrays.stream(values()).filter(reason -> reason.wireName.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown deactivation reason " + name));
    }
}
