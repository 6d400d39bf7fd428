package dev.parley.application.webhook;

import dev.parley.application.webhook.port.out.WebhookRepository;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Webhooks as the delivery workers last read them, each read at most once per {@link #FRESH_FOR}, so deliveries to one
 * receiver do not read its webhook each time, while a change (a deactivation, a rotated secret) still shows within that
 * time. Safe for the worker threads to share: two of them may read the same webhook at once, which does no harm.
 */
final class RecentWebhooks {
    static final Duration FRESH_FOR = Duration.ofMillis(200);

    private record Key(OrganizationId org, WebhookId id) {
    }

    private record Read(Optional<Webhook> webhook, Instant at) {
    }

    private final WebhookRepository webhooks;
    private final Clock clock;
    private final Map<Key, Read> reads = new ConcurrentHashMap<>();

    RecentWebhooks(WebhookRepository webhooks, Clock clock) {
        this.webhooks = webhooks;
        this.clock = clock;
    }

    Optional<Webhook> find(OrganizationId org, WebhookId id) {
        Instant now = clock.instant();
        Key key = new Key(org, id);
        Read read = reads.get(key);
        if (read == null || now.isAfter(read.at().plus(FRESH_FOR))) {
            read = new Read(webhooks.find(org, id), now);
            reads.put(key, read);
        }
        return read.webhook();
    }

    /** Reads the webhook again next time, e.g. after this worker switched it off. */
    void forget(OrganizationId org, WebhookId id) {
        reads.remove(new Key(org, id));
    }
}
