package dev.parley.adapter.persistence;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.Adapters;
import dev.parley.application.shared.port.out.IdempotencyRecords.StoredResponse;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A retry racing the first request waits for it, then replays its response or, if it failed, takes over the key. */
class IdempotencyUnderConcurrencyTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();
    private static final OrganizationId ORG = new OrganizationId(1);
    private static final long BLOCKED_FOR_MILLIS = 300;

    private Adapters adapters;

    @BeforeEach
    void start() {
        adapters = DATABASE.emptyAdapters();
    }

    @Test
    void a_concurrent_retry_waits_for_the_first_request_and_replays_its_response() throws Exception {
        StoredResponse response = new StoredResponse("hash-a", 201, "{\"id\":1}");
        CompletableFuture<Optional<StoredResponse>> retry = adapters.transactions().inTransaction(() -> {
            assertThat(reserve()).isEmpty();
            CompletableFuture<Optional<StoredResponse>> concurrent = CompletableFuture.supplyAsync(
                    () -> adapters.transactions().inTransaction(this::reserve));
            assertThat(waitsAtLeast(concurrent)).isTrue();
            adapters.idempotency().complete(ORG, "tickets.create", "key-1", response);
            return concurrent;
        });

        assertThat(retry.get(10, TimeUnit.SECONDS)).contains(response);
    }

    @Test
    void when_the_first_request_rolls_back_the_retry_claims_the_key() throws Exception {
        AtomicReference<CompletableFuture<Optional<StoredResponse>>> retry = new AtomicReference<>();
        assertThatThrownBy(() -> adapters.transactions().run(() -> {
            reserve();
            retry.set(CompletableFuture.supplyAsync(() -> adapters.transactions().inTransaction(this::reserve)));
            assertThat(waitsAtLeast(retry.get())).isTrue();
            throw new IllegalStateException("the first request failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(retry.get().get(10, TimeUnit.SECONDS)).isEmpty();
    }

    private Optional<StoredResponse> reserve() {
        return adapters.idempotency().reserve(ORG, "tickets.create", "key-1", "hash-a", T0);
    }

    private static boolean waitsAtLeast(CompletableFuture<?> future) {
        try {
            Thread.sleep(BLOCKED_FOR_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return !future.isDone();
    }
}
