package dev.parley.application.webhook.port.in;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookId;

/** Reads an organization's webhooks; never their secrets. */
public interface WebhookQueries {
    /** Newest first. */
    Page<Webhook> list(OrganizationId org, PageRequest page);

    Webhook get(OrganizationId org, WebhookId id);
}
