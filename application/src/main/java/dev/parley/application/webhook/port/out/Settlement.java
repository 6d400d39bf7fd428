package dev.parley.application.webhook.port.out;

import dev.parley.domain.webhook.DeliveryStatus;
import java.time.Instant;

/** Where a delivery goes after an attempt: pending again until {@code at}, or finished at {@code at}. */
public record Settlement(DeliveryStatus status, Instant at) {
    public static Settlement retryAt(Instant at) {
        return new Settlement(DeliveryStatus.PENDING, at);
    }

    public static Settlement finished(DeliveryStatus status, Instant at) {
        if (status == DeliveryStatus.PENDING) {
            throw new IllegalArgumentException("a finished delivery is not pending");
        }
        return new Settlement(status, at);
    }
}
