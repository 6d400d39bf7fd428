package dev.parley.application.webhook.port.out;

import dev.parley.domain.webhook.DeliveryOutcome;
import java.time.Instant;

/** One attempt as it goes into the deliveries log: when it started and what came back; {@code test} for pings. */
public record DeliveryAttempt(Instant startedAt, DeliveryOutcome outcome, boolean test) {
}
