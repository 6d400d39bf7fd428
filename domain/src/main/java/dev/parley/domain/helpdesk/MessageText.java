package dev.parley.domain.helpdesk;

import dev.parley.domain.shared.Text;

/** The body of a ticket message, kept exactly as written, at most 64 KiB of UTF-8. */
public record MessageText(String value) {
    public static final int MAX_BYTES = 64 * 1024;

    public MessageText {
        value = Text.requireBody("text", value, MAX_BYTES);
    }

    /** Validates under another field name, e.g. {@code message} on ticket creation. */
    public static MessageText of(String field, String raw) {
        return new MessageText(Text.requireBody(field, raw, MAX_BYTES));
    }
}
