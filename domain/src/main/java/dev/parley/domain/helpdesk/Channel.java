package dev.parley.domain.helpdesk;

import dev.parley.domain.shared.InvalidInput;
import java.util.Arrays;
import java.util.Locale;

/** Where a ticket came from, and where agent replies are delivered. */
public enum Channel {
    WIDGET,
    EMAIL,
    TELEGRAM,
    API;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Channel parse(String field, String raw) {
        return Arrays.stream(values())
                .filter(c -> c.wireName().equals(raw))
                .findFirst()
                .orElseThrow(() -> new InvalidInput(field, "must be one of widget, email, telegram, api"));
    }
}
