package dev.parley.application.webhook.port.out;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookId;
import java.util.List;
import java.util.Optional;

/** Stores webhooks, scoped by organization. Secrets arrive sealed and leave sealed; nothing here can read them. */
public interface WebhookRepository {
    Optional<Webhook> find(OrganizationId org, WebhookId id);

    /** The organization's webhooks, newest first, the higher id first among equals. */
    Page<Webhook> page(OrganizationId org, PageRequest page);

    /**
     * How many webhooks the organization has. Inside a transaction it also makes other transactions' calls for the
     * same organization wait until this one ends, so a limit checked on the count holds against concurrent creators.
     */
    int lockAndCount(OrganizationId org);

    /** Stores a new webhook. */
    void add(Webhook webhook);

    /** Stores the changes to a loaded webhook; a change made since it was loaded is a {@code Conflict}. */
    void update(Webhook webhook);

    /**
     * Deletes a webhook with its pending and attempted deliveries and their attempts; a delivery abandoned before any
     * attempt may stay, unreachable, until finished deliveries are purged.
     */
    void delete(OrganizationId org, WebhookId id);

    /**
     * The organization's active webhooks whose filter takes events of {@code eventType}, oldest first, by id (all a
     * fan-out needs); none of them is deleted before the calling transaction ends, so deliveries it stores for them are
     * deleted with them.
     */
    List<WebhookId> activeSubscribedTo(OrganizationId org, String eventType);
}
