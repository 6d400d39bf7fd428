package dev.parley.adapter.http.b2b;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.http.b2b.dto.DeliveryAttemptResponse;
import dev.parley.adapter.http.b2b.dto.PingResponse;
import dev.parley.adapter.http.b2b.dto.RedeliveryResponse;
import dev.parley.application.webhook.port.in.DeliveryAttemptView;
import dev.parley.application.webhook.port.in.PingView;
import dev.parley.domain.webhook.DeliveryError;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.DeliveryStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class WebhookDeliveryDtoMapperTest {
    private static final DeliveryId DELIVERY = new DeliveryId(UUID.fromString("0b7c9a52-6f0e-4d1a-9a43-5f3f2c1e8d27"));

    @Test
    void anAttemptWithoutAnAnswerShowsItsErrorClassAndANullStatus() {
        DeliveryAttemptResponse row = WebhookDeliveryDtoMapper.toAttempt(new DeliveryAttemptView(DELIVERY, DELIVERY.messageId(),
                "webhook.ping", 2, Instant.parse("2024-03-15T14:23:00.123456Z"), OptionalInt.empty(),
                Optional.of(DeliveryError.CONNECTION_REFUSED), Duration.ofNanos(3_999_999), "", true, DeliveryStatus.FAILED));

        assertThat(row).isEqualTo(new DeliveryAttemptResponse("0b7c9a52-6f0e-4d1a-9a43-5f3f2c1e8d27",
                "msg_0b7c9a526f0e4d1a9a435f3f2c1e8d27", "webhook.ping", 2, "2024-03-15T14:23:00.123456Z", null, "connection_refused",
                3, "", true, "failed"));
    }

    @Test
    void anAnsweredAttemptShowsItsStatusAndExcerpt() {
        DeliveryAttemptResponse row = WebhookDeliveryDtoMapper.toAttempt(new DeliveryAttemptView(DELIVERY, DELIVERY.messageId(),
                "ticket.created", 1, Instant.parse("2024-03-15T14:23:00Z"), OptionalInt.of(503), Optional.empty(),
                Duration.ofMillis(112), "down", false, DeliveryStatus.PENDING));

        assertThat(row.statusCode()).isEqualTo(503);
        assertThat(row.errorClass()).isNull();
        assertThat(row.responseExcerpt()).isEqualTo("down");
        assertThat(row.startedAt()).isEqualTo("2024-03-15T14:23:00.000000Z");
        assertThat(row.deliveryStatus()).isEqualTo("pending");
    }

    @Test
    void aPingShowsHowItWentAndARedeliveryIsPendingUnderTheSameIds() {
        PingResponse ping = WebhookDeliveryDtoMapper.toPing(new PingView(DELIVERY, DELIVERY.messageId(), false, OptionalInt.of(200),
                Optional.of(DeliveryError.TOO_LARGE), Duration.ofMillis(42)));
        RedeliveryResponse redelivery = WebhookDeliveryDtoMapper.toRedelivery(DELIVERY);

        assertThat(ping).isEqualTo(new PingResponse("0b7c9a52-6f0e-4d1a-9a43-5f3f2c1e8d27", "msg_0b7c9a526f0e4d1a9a435f3f2c1e8d27",
                false, 200, "too_large", 42));
        assertThat(redelivery).isEqualTo(new RedeliveryResponse("0b7c9a52-6f0e-4d1a-9a43-5f3f2c1e8d27",
                "msg_0b7c9a526f0e4d1a9a435f3f2c1e8d27", "pending"));
    }
}
