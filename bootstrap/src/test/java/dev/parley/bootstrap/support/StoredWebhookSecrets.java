package dev.parley.bootstrap.support;

import dev.parley.adapter.persistence.PersistenceModule;
import dev.parley.application.webhook.SigningSecrets;
import dev.parley.bootstrap.Config;
import dev.parley.bootstrap.OutboundSettings;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookId;
import dev.parley.domain.webhook.WebhookSecret;
import java.time.Instant;
import java.util.List;

/** Opens a stored webhook's signing secrets as a server started with the same settings would, key file and all. */
public final class StoredWebhookSecrets {
    private StoredWebhookSecrets() {
    }

    /** The secrets the webhook signs with now, in clear: the current one, then the previous one during its grace period. */
    public static List<String> open(Config config, long organizationId, long webhookId) {
        OutboundSettings outbound = OutboundSettings.fromConfig(config);
        try (PersistenceModule persistence = PersistenceModule.connect(config.databaseUrl().orElseThrow(), config.databaseUser(),
                config.databasePassword())) {
            Webhook webhook = persistence.webhooks().find(new OrganizationId(organizationId), new WebhookId(webhookId)).orElseThrow();
            return new SigningSecrets(outbound.secrets()).at(webhook, Instant.now()).stream().map(WebhookSecret::value).toList();
        }
    }
}
