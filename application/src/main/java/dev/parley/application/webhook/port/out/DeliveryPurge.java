package dev.parley.application.webhook.port.out;

import java.time.Instant;

/** Forgets finished webhook deliveries, with their attempts, long after they finished; a pending delivery is never deleted. */
public interface DeliveryPurge {
    /** Deletes up to {@code limit} deliveries finished at or before {@code cutoff}, and their attempts; answers how many deliveries. */
    int deleteFinishedUpTo(Instant cutoff, int limit);
}
