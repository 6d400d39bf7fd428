package dev.parley.adapter.persistence.webhook;

import dev.parley.adapter.persistence.jooq.tables.records.WebhooksRecord;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.SealedSecret;
import dev.parley.domain.webhook.DeactivationReason;
import dev.parley.domain.webhook.EventFilter;
import dev.parley.domain.webhook.PreviousSecret;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookDetails;
import dev.parley.domain.webhook.WebhookId;
import dev.parley.domain.webhook.WebhookUrl;
import java.util.List;
import java.util.Optional;

/** Maps webhook rows to the domain, and back; sealed secrets pass through as the bytes they are. */
final class WebhookRows {
    private WebhookRows() {
    }

    static WebhooksRecord toRecord(Webhook webhook, long version) {
        WebhookDetails d = webhook.details();
        WebhooksRecord r = new WebhooksRecord();
        r.setId(webhook.id().value());
        r.setOrganizationId(webhook.organizationId().value());
        r.setUrl(d.url().value());
        r.setEvents(d.events().names().toArray(String[]::new));
        r.setDescription(d.description().orElse(null));
        r.setActive(webhook.active());
        r.setDeactivatedReason(webhook.deactivatedReason().map(DeactivationReason::wireName).orElse(null));
        r.setSecretSealed(webhook.secret().bytes());
        r.setPreviousSecretSealed(webhook.previousSecret().map(previous -> previous.sealed().bytes()).orElse(null));
        r.setPreviousSecretValidUntil(webhook.previousSecret().map(PreviousSecret::validUntil).orElse(null));
        r.setSecretRotatedAt(webhook.secretRotatedAt().orElse(null));
        r.setCreatedAt(webhook.createdAt());
        r.setUpdatedAt(webhook.updatedAt());
        r.setVersion(version);
        return r;
    }

    static Webhook toWebhook(WebhooksRecord r) {
        WebhookDetails details = new WebhookDetails(WebhookUrl.rehydrate(r.getUrl()), EventFilter.rehydrate(List.of(r.getEvents())),
                Optional.ofNullable(r.getDescription()));
        Optional<PreviousSecret> previous = Optional.ofNullable(r.getPreviousSecretSealed())
                .map(sealed -> new PreviousSecret(new SealedSecret(sealed), r.getPreviousSecretValidUntil()));
        return Webhook.rehydrate(new WebhookId(r.getId()), new OrganizationId(r.getOrganizationId()), details, r.getActive(),
                Optional.ofNullable(r.getDeactivatedReason()).map(DeactivationReason::fromWireName), new SealedSecret(r.getSecretSealed()),
                previous, Optional.ofNullable(r.getSecretRotatedAt()), r.getCreatedAt(), r.getUpdatedAt(), r.getVersion());
    }
}
