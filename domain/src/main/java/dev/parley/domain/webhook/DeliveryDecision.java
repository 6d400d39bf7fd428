package dev.parley.domain.webhook;

import java.time.Instant;

/** What to do with a delivery after an attempt. */
public sealed interface DeliveryDecision {
    /** The receiver took it; nothing more to do. */
    record Succeeded() implements DeliveryDecision {
    }

    /** Try again, not before {@code at}. */
    record RetryAt(Instant at) implements DeliveryDecision {
    }

    /** Every attempt failed; the delivery stays failed until someone redelivers it. */
    record Failed() implements DeliveryDecision {
    }

    /** The receiver answered 410 Gone: switch the webhook off and stop sending it anything. */
    record DeactivateWebhook() implements DeliveryDecision {
    }
}
