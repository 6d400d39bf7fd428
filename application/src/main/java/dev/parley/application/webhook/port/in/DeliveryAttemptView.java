package dev.parley.application.webhook.port.in;

import dev.parley.domain.webhook.DeliveryError;
import dev.parley.domain.webhook.DeliveryId;
import dev.parley.domain.webhook.DeliveryStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One row of a webhook's deliveries log: an attempt of a delivery, with the delivery's event type, message id and
 * current status, what the receiver answered or why nothing usable came back, how long it took and the start of the
 * answer. {@code test} marks pings.
 */
public record DeliveryAttemptView(DeliveryId deliveryId, String messageId, String eventType, int attemptNumber, Instant startedAt,
                                  OptionalInt statusCode, Optional<DeliveryError> error, Duration latency, String responseExcerpt,
                                  boolean test, DeliveryStatus deliveryStatus) {
}
