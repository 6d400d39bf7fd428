package dev.parley.application.fake;

import dev.parley.application.shared.port.out.IdempotencyPurge;
import dev.parley.application.shared.port.out.IdempotencyRecords;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.Retention;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Idempotency keys in a map, kept 24 hours; a claimed key without a response yet is a {@code Conflict}. */
public final class InMemoryIdempotencyRecords implements IdempotencyRecords, IdempotencyPurge {
    public static final Duration RETENTION = Retention.IDEMPOTENCY_KEYS.period();

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

    @Override
    public synchronized int deleteCreatedUpTo(Instant cutoff, int limit) {
        List<Key> old = entries.entrySet().stream().filter(e -> !e.getValue().createdAt().isAfter(cutoff)).limit(limit)
                .map(Map.Entry::getKey).toList();
        old.forEach(entries::remove);
        return old.size();
    }

    /** How many keys are remembered, for tests that look past the port. */
    public synchronized int size() {
        return entries.size();
    }
}
