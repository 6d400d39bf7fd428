package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.shared.port.out.IdempotencyRecords;
import dev.parley.application.shared.port.out.IdempotencyRecords.StoredResponse;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link IdempotencyRecords} must do: claim a key once, replay its response for 24 hours. */
public abstract class IdempotencyRecordsContractTest {
    private static final OrganizationId ORG = new OrganizationId(1);
    private static final OrganizationId OTHER_ORG = new OrganizationId(2);
    private static final Duration DAY = Duration.ofHours(24);

    private IdempotencyRecords records;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void start() {
        records = adapters().idempotency();
    }

    @Test
    void the_first_request_claims_the_key_and_a_retry_gets_its_response() {
        assertThat(records.reserve(ORG, "tickets.create", "key-1", "hash-a", T0)).isEmpty();
        records.complete(ORG, "tickets.create", "key-1", new StoredResponse("hash-a", 201, "{\"id\":\"tkt_1\"}"));

        assertThat(records.reserve(ORG, "tickets.create", "key-1", "hash-a", T0.plusSeconds(5)))
                .contains(new StoredResponse("hash-a", 201, "{\"id\":\"tkt_1\"}"));
    }

    @Test
    void a_retry_with_another_body_gets_the_first_fingerprint_to_compare() {
        records.reserve(ORG, "tickets.create", "key-1", "hash-a", T0);
        records.complete(ORG, "tickets.create", "key-1", new StoredResponse("hash-a", 201, "{}"));

        assertThat(records.reserve(ORG, "tickets.create", "key-1", "hash-b", T0.plusSeconds(5)))
                .get().extracting(StoredResponse::requestHash).isEqualTo("hash-a");
    }

    @Test
    void keys_are_scoped_by_organization_and_scope() {
        records.reserve(ORG, "tickets.create", "key-1", "hash-a", T0);
        records.complete(ORG, "tickets.create", "key-1", new StoredResponse("hash-a", 201, "{}"));

        assertThat(records.reserve(OTHER_ORG, "tickets.create", "key-1", "hash-a", T0)).isEmpty();
        assertThat(records.reserve(ORG, "tokens.create", "key-1", "hash-a", T0)).isEmpty();
    }

    @Test
    void a_response_is_replayed_for_24_hours_then_the_key_can_be_claimed_again() {
        records.reserve(ORG, "tickets.create", "key-1", "hash-a", T0);
        records.complete(ORG, "tickets.create", "key-1", new StoredResponse("hash-a", 422, "{\"message\":\"no\"}"));

        assertThat(records.reserve(ORG, "tickets.create", "key-1", "hash-a", T0.plus(DAY).minusNanos(1_000)))
                .contains(new StoredResponse("hash-a", 422, "{\"message\":\"no\"}"));
        assertThat(records.reserve(ORG, "tickets.create", "key-1", "hash-b", T0.plus(DAY))).isEmpty();
        records.complete(ORG, "tickets.create", "key-1", new StoredResponse("hash-b", 201, "{}"));
        assertThat(records.reserve(ORG, "tickets.create", "key-1", "hash-b", T0.plus(DAY).plusSeconds(1)))
                .contains(new StoredResponse("hash-b", 201, "{}"));
    }

    @Test
    void a_claimed_key_without_a_response_yet_is_a_conflict() {
        records.reserve(ORG, "tickets.create", "key-1", "hash-a", T0);

        assertThatThrownBy(() -> records.reserve(ORG, "tickets.create", "key-1", "hash-a", T0.plusSeconds(1)))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("idempotency.in_progress"));
    }

    @Test
    void an_empty_body_is_kept() {
        records.reserve(ORG, "tokens.revoke", "key-1", "hash-a", T0);
        records.complete(ORG, "tokens.revoke", "key-1", new StoredResponse("hash-a", 204, ""));

        assertThat(records.reserve(ORG, "tokens.revoke", "key-1", "hash-a", T0)).contains(new StoredResponse("hash-a", 204, ""));
    }
}
