package dev.parley.application.webhook.port.in;

import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookId;

/** Creates, changes and deletes an organization's webhooks, and rotates their signing secrets. */
public interface WebhookUseCase {
    /** Creates a webhook with a new secret; {@code url} and {@code events} are required, {@code active} defaults to true. */
    WebhookWithSecret create(OrganizationId org, WebhookDraft draft);

    /** Sets every field: {@code url} and {@code events} are required, a missing description is none, a missing {@code active} true. */
    Webhook replace(OrganizationId org, WebhookId id, WebhookDraft draft);

    /** Changes the fields given and keeps the others. */
    Webhook update(OrganizationId org, WebhookId id, WebhookDraft changes);

    void delete(OrganizationId org, WebhookId id);

    /** Signs with a new secret from now on; the old one signs beside it for 24 hours more. */
    WebhookWithSecret rotateSecret(OrganizationId org, WebhookId id);
}
