package dev.parley.application.shared.port.out;

import java.time.Instant;

/** Forgets idempotency keys whose replay period is over. */
public interface IdempotencyPurge {
    /** Deletes up to {@code limit} keys first used at or before {@code cutoff}, with or without a response; answers how many. */
    int deleteCreatedUpTo(Instant cutoff, int limit);
}
