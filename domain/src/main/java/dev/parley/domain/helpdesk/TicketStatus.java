package dev.parley.domain.helpdesk;

import dev.parley.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/**
 * Where a ticket stands. Agents may move a ticket between any two states; a customer writing on a pending or
 * resolved ticket reopens it, because the customer is waiting again.
 */
public enum TicketStatus {
    OPEN,
    PENDING,
    RESOLVED;

    /** The status after the customer writes again. */
    public TicketStatus afterCustomerMessage() {
        return switch (this) {
            case OPEN, PENDING, RESOLVED -> OPEN;
        };
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TicketStatus parse(String field, String raw) {
        return Arrays.stream(values())
                .filter(s -> s.wireName().equals(raw))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of open, resolved, pending"));
    }
}
