package dev.parley.domain.webhook;

/** Identity of a webhook: a positive integer, as the b2b surface shows it. */
public record WebhookId(long value) {
    public WebhookId {
        if (value <= 0) {
            throw new IllegalArgumentException("webhook id must be positive");
        }
    }
}
