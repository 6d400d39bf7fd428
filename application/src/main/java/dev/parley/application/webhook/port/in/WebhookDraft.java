package dev.parley.application.webhook.port.in;

import java.util.List;
import java.util.Optional;

/**
 * Webhook fields as a customer sent them, checked by the service against the catalog and the outbound policy. An
 * absent field keeps its value on a partial update; {@code description} holds an empty optional to remove it.
 */
public record WebhookDraft(Optional<String> url, Optional<List<String>> events, Optional<Optional<String>> description,
                           Optional<Boolean> active) {
}
