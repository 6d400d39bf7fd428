package dev.parley.application.fake;

import dev.parley.application.shared.port.out.IdempotencyRecords;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Idempotency keys in a map, kept 24 hours; a claimed key without a response yet is a {@code Conflict}. */
public final class InMemoryIdempotencyRecords implements IdempotencyRecords {
    public static final Duration RETENTION = Duration.ofHours(24);

    private record Key(OrganizationId org, String scope, String key) {
    }

    private record Entry(Instant createdAt, String requestHash, Optional<StoredResponse> response) {
    }

    private final Map<Key, Entry> entries = new HashMap<>();

    @Override
    public synchronized Optional<StoredResponse> reserve(OrganizationId org, String scope, String key, String requestHash, Instant now) {
        Key k = new Key(org, scope, key);
        Entry entry = entries.get(k);
        if (entry == null || !entry.createdAt().plus(RETENTION).isAfter(now)) {
            entries.put(k, new Entry(now, requestHash, Optional.empty()));
            return Optional.empty();
        }
        if (entry.response().isEmpty()) {
            throw new Conflict("idempotency.in_progress", "A request with this Idempotency-Key is still being processed.");
        }
        return entry.response().map(r -> new StoredResponse(entry.requestHash(), r.status(), r.body()));
    }

    @Override
    public synchronized void complete(OrganizationId org, String scope, String key, StoredResponse response) {
        Key k = new Key(org, scope, key);
        Entry entry = entries.get(k);
        if (entry != null) {
            entries.put(k, new Entry(entry.createdAt(), entry.requestHash(), Optional.of(response)));
        }
    }
}
