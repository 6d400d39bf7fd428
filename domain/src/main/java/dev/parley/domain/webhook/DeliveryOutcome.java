package dev.parley.domain.webhook;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What one delivery attempt came back with: the receiver's status, a network-level error, or both (a status whose
 * body was too large to read), how long it took, the start of the answer and any {@code Retry-After}.
 */
public record DeliveryOutcome(OptionalInt status, Optional<DeliveryError> error, Duration latency, String responseExcerpt,
                              Optional<RetryAfter> retryAfter) {
    public DeliveryOutcome {
        if (status.isEmpty() && error.isEmpty()) {
            throw new IllegalArgumentException("an outcome has a status, an error or both");
        }
        if (status.isPresent() && (status.getAsInt() < 100 || status.getAsInt() > 599)) {
            throw new IllegalArgumentException("an HTTP status lies in 100..599, not " + status.getAsInt());
        }
        if (latency.isNegative()) {
            throw new IllegalArgumentException("latency cannot be negative");
        }
        responseExcerpt = ResponseExcerpt.truncate(responseExcerpt);
    }

    /** The receiver answered with {@code status}; {@code body} is what was read of its answer. */
    public static DeliveryOutcome answered(int status, Duration latency, byte[] body, Optional<RetryAfter> retryAfter) {
        return new DeliveryOutcome(OptionalInt.of(status), Optional.empty(), latency, ResponseExcerpt.of(body), retryAfter);
    }

    /** The receiver answered with {@code status} but its body was longer than the transport reads. */
    public static DeliveryOutcome tooLarge(int status, Duration latency, byte[] bodyStart) {
        return new DeliveryOutcome(OptionalInt.of(status), Optional.of(DeliveryError.TOO_LARGE), latency,
                ResponseExcerpt.of(bodyStart), Optional.empty());
    }

    /** No usable answer arrived. */
    public static DeliveryOutcome failed(DeliveryError error, Duration latency) {
        return new DeliveryOutcome(OptionalInt.empty(), Optional.of(error), latency, "", Optional.empty());
    }

    /** A 2xx answer read in full. */
    public boolean succeeded() {
        return error.isEmpty() && status.getAsInt() >= 200 && status.getAsInt() <= 299;
    }
}
