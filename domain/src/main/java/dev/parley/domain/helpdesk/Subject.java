package dev.parley.domain.helpdesk;

import dev.parley.domain.shared.Text;

/** The one-line summary of a ticket. */
public record Subject(String value) {
    public static final int MAX_LENGTH = 500;

    public Subject {
        value = Text.requireLine("subject", value, MAX_LENGTH);
    }
}
