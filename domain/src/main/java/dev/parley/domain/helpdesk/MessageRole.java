package dev.parley.domain.helpdesk;

import java.util.Locale;

/** Who wrote a ticket message. */
public enum MessageRole {
    CUSTOMER,
    AGENT;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
