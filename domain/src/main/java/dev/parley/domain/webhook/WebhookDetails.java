package dev.parley.domain.webhook;

import dev.parley.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.Optional;

/**
 * What a customer sets on a webhook: where it delivers, which events, and an optional description of at most
 * {@value #MAX_DESCRIPTION} characters. A description is stripped; an empty one is none.
 */
public record WebhookDetails(WebhookUrl url, EventFilter events, Optional<String> description) {
    public static final int MAX_DESCRIPTION = 500;

    public WebhookDetails {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(events, "events");
        description = description.map(String::strip).filter(text -> !text.isEmpty());
        if (description.map(text -> text.codePointCount(0, text.length()) > MAX_DESCRIPTION).orElse(false)) {
            throw new InvalidInput("description", "must be at most " + MAX_DESCRIPTION + " characters");
        }
    }
}
