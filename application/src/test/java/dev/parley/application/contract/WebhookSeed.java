package dev.parley.application.contract;

import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.SealedSecret;
import dev.parley.domain.shared.net.OutboundAddressPolicy;
import dev.parley.domain.webhook.EventFilter;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookDetails;
import dev.parley.domain.webhook.WebhookId;
import dev.parley.domain.webhook.WebhookUrl;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Builds webhooks for contract tests; their sealed secrets are recognisable bytes, not real ciphertext. */
public final class WebhookSeed {
    private WebhookSeed() {
    }

    /** A new, unsaved, active webhook for {@code https://hooks.example.com/<id>} taking {@code events}. */
    public static Webhook webhook(OrganizationId org, long id, List<String> events, Instant at) {
        return Webhook.create(new WebhookId(id), org, details("https://hooks.example.com/" + id, events, Optional.empty()), true,
                sealed(id), at);
    }

    public static WebhookDetails details(String url, List<String> events, Optional<String> description) {
        return new WebhookDetails(WebhookUrl.parse(url, OutboundAddressPolicy.publicOnly()), EventFilter.parse("events", events),
                description);
    }

    /** Bytes that stand for a secret sealed for {@code marker}, including a zero byte and bytes above 0x7f. */
    public static SealedSecret sealed(long marker) {
        return new SealedSecret(ByteBuffer.allocate(12).put((byte) 1).put((byte) 0).put((byte) 0xff).put((byte) 0x80)
                .putLong(marker).array());
    }
}
