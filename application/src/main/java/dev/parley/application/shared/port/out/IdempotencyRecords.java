package dev.parley.application.shared.port.out;

import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.Optional;

/**
 * Remembers the first response to a request carrying an {@code Idempotency-Key}. Both calls run inside the
 * caller's transaction: {@link #reserve} blocks while another transaction holds the same key, so two concurrent
 * retries cannot both run.
 */
public interface IdempotencyRecords {
    /** Claims the key, or returns the response stored for it within the retention period. */
    Optional<StoredResponse> reserve(OrganizationId org, String scope, String key, String requestHash, Instant now);

    void complete(OrganizationId org, String scope, String key, StoredResponse response);

    /** A response as first sent: the fingerprint of the request that produced it, status and body. */
    record StoredResponse(String requestHash, int status, String body) {
    }
}
