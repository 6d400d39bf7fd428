package dev.parley.application.fake;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.webhook.port.out.WebhookRepository;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** Webhooks in a map with the jOOQ adapter's semantics: new ones stored at version 1, loaded ones only over their version. */
public final class InMemoryWebhookRepository implements WebhookRepository {
    private static final Comparator<Webhook> OLDEST_FIRST = Comparator.comparing(Webhook::createdAt)
            .thenComparingLong(w -> w.id().value());

    private final Map<WebhookId, Webhook> byId = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Webhook> find(OrganizationId org, WebhookId id) {
        return Optional.ofNullable(byId.get(id)).filter(w -> w.organizationId().equals(org)).map(w -> copy(w, w.version()));
    }

    @Override
    public synchronized Page<Webhook> page(OrganizationId org, PageRequest page) {
        List<Webhook> all = inOrganization(org).sorted(OLDEST_FIRST.reversed()).toList();
        return new Page<>(all.stream().skip(page.offset()).limit(page.perPage()).map(w -> copy(w, w.version())).toList(),
                all.size(), page);
    }

    @Override
    public synchronized int lockAndCount(OrganizationId org) {
        return (int) inOrganization(org).count();
    }

    @Override
    public synchronized void add(Webhook webhook) {
        if (webhook.version() != 0 || byId.containsKey(webhook.id())) {
            throw new IllegalStateException("webhook " + webhook.id().value() + " is not new");
        }
        byId.put(webhook.id(), copy(webhook, 1));
    }

    @Override
    public synchronized void update(Webhook webhook) {
        Webhook stored = byId.get(webhook.id());
        if (stored == null || !stored.organizationId().equals(webhook.organizationId()) || stored.version() != webhook.version()) {
            throw new Conflict("webhook.concurrent_update",
                    "Webhook " + webhook.id().value() + " was changed since it was loaded; reload it and try again.");
        }
        byId.put(webhook.id(), copy(webhook, webhook.version() + 1));
    }

    @Override
    public synchronized void delete(OrganizationId org, WebhookId id) {
        if (find(org, id).isPresent()) {
            byId.remove(id);
        }
    }

    @Override
    public synchronized List<WebhookId> activeSubscribedTo(OrganizationId org, String eventType) {
        return inOrganization(org).filter(w -> w.subscribesTo(eventType)).sorted(OLDEST_FIRST).map(Webhook::id).toList();
    }

    private Stream<Webhook> inOrganization(OrganizationId org) {
        return byId.values().stream().filter(w -> w.organizationId().equals(org));
    }

    private static Webhook copy(Webhook w, long version) {
        return Webhook.rehydrate(w.id(), w.organizationId(), w.details(), w.active(), w.deactivatedReason(), w.secret(),
                w.previousSecret(), w.secretRotatedAt(), w.createdAt(), w.updatedAt(), version);
    }
}
