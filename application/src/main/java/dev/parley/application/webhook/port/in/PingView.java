package dev.parley.application.webhook.port.in;

import dev.parley.domain.webhook.DeliveryError;
import dev.parley.domain.webhook.DeliveryId;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/** How a test ping went: the receiver's status or why there was none, and how long it took; never the answer's body. */
public record PingView(DeliveryId deliveryId, String messageId, boolean succeeded, OptionalInt statusCode,
                       Optional<DeliveryError> error, Duration latency) {
}
