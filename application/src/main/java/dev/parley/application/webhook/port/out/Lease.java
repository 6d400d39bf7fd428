package dev.parley.application.webhook.port.out;

import dev.parley.domain.webhook.DeliveryId;

/**
 * A worker's claim on one attempt of a delivery. Claiming again (after the lease ran out) gives a new attempt number,
 * so a worker that lost its lease can no longer record anything.
 */
public record Lease(DeliveryId delivery, String owner, int attemptNumber) {
    public Lease {
        if (owner.isBlank()) {
            throw new IllegalArgumentException("a lease names its owner");
        }
        if (attemptNumber < 1) {
            throw new IllegalArgumentException("attempts are numbered from 1");
        }
    }
}
