package dev.parley.adapter.http.b2b;

import dev.parley.adapter.http.b2b.dto.WebhookResponse;
import dev.parley.adapter.http.support.Timestamps;
import dev.parley.application.webhook.port.in.WebhookWithSecret;
import dev.parley.domain.webhook.DeactivationReason;
import dev.parley.domain.webhook.Webhook;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Maps webhooks to the b2b surface; the sealed secrets never leave, the clear one only when the use case answers it. */
@Mapper
public interface WebhookDtoMapper {
    WebhookDtoMapper INSTANCE = Mappers.getMapper(WebhookDtoMapper.class);

    default WebhookResponse toWebhook(Webhook webhook) {
        return toWebhook(webhook, null);
    }

    default WebhookResponse toWebhookWithSecret(WebhookWithSecret answer) {
        return toWebhook(answer.webhook(), answer.secret().value());
    }

    default WebhookResponse toWebhook(Webhook webhook, String secret) {
        return new WebhookResponse(webhook.id().value(), webhook.details().url().value(), webhook.details().events().names(),
                webhook.details().description().orElse(null), webhook.active(),
                webhook.deactivatedReason().map(DeactivationReason::wireName).orElse(null),
                webhook.secretRotatedAt().map(Timestamps::micros).orElse(null), Timestamps.micros(webhook.createdAt()),
                Timestamps.micros(webhook.updatedAt()), secret);
    }
}
