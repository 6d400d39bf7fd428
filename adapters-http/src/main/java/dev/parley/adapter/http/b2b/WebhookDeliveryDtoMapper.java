package dev.parley.adapter.http.b2b;

import dev.parley.adapter.http.b2b.dto.DeliveryAttemptResponse;
import dev.parley.adapter.http.b2b.dto.PingResponse;
import dev.parley.adapter.http.b2b.dto.RedeliveryResponse;
import dev.parley.adapter.http.support.Timestamps;
import dev.parley.application.webhook.port.in.DeliveryAttemptView;
import dev.parley.application.webhook.port.in.PingView;
import dev.parley.domain.webhook.DeliveryError;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.DeliveryStatus;
import java.util.OptionalInt;

/** Webhook deliveries as the b2b surface shows them; a delivery id is written as its UUID text, as the path takes it. */
final class WebhookDeliveryDtoMapper {
    private WebhookDeliveryDtoMapper() {
    }

    static DeliveryAttemptResponse toAttempt(DeliveryAttemptView view) {
        return new DeliveryAttemptResponse(wire(view.deliveryId()), view.messageId(), view.eventType(), view.attemptNumber(),
                Timestamps.micros(view.startedAt()), code(view.statusCode()), view.error().map(DeliveryError::wireName).orElse(null),
                view.latency().toMillis(), view.responseExcerpt(), view.test(), view.deliveryStatus().wireName());
    }

    static PingResponse toPing(PingView view) {
        return new PingResponse(wire(view.deliveryId()), view.messageId(), view.succeeded(), code(view.statusCode()),
                view.error().map(DeliveryError::wireName).orElse(null), view.latency().toMillis());
    }

    static RedeliveryResponse toRedelivery(DeliveryId delivery) {
        return new RedeliveryResponse(wire(delivery), delivery.messageId(), DeliveryStatus.PENDING.wireName());
    }

    static String wire(DeliveryId delivery) {
        return delivery.value().toString();
    }

    private static Integer code(OptionalInt status) {
        return status.isPresent() ? status.getAsInt() : null;
    }
}
