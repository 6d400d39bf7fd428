package dev.parley.adapter.persistence;

import static dev.parley.application.contract.Seed.T0;
import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.Seed;
import dev.parley.application.shared.port.out.OutboxReader.OutboxEvent;
import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.shared.OrganizationId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two publishers reading the outbox at once: each takes what the other has not locked, and neither waits. */
class OutboxReaderUnderConcurrencyTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Test
    void a_second_publisher_skips_the_events_the_first_holds_without_waiting() throws Exception {
        Adapters adapters = DATABASE.emptyAdapters();
        OrganizationId org = new Seed(adapters).organization(1, "acme");
        adapters.transactions().run(() -> {
            for (int i = 1; i <= 3; i++) {
                adapters.outbox().append(Seed.ticket(org, uuid(i), Channel.EMAIL, List.of(), T0).pullEvents());
            }
        });

        List<List<OutboxEvent>> both = adapters.transactions().inTransaction(() -> {
            List<OutboxEvent> first = adapters.outboxReader().takeUnpublished(4, T0);
            CompletableFuture<List<OutboxEvent>> second = CompletableFuture.supplyAsync(
                    () -> adapters.transactions().inTransaction(() -> adapters.outboxReader().takeUnpublished(10, T0)));
            return List.of(first, join(second));
        });

        assertThat(both.get(0)).hasSize(4);
        assertThat(both.get(1)).hasSize(2);
        assertThat(both.get(1)).extracting(OutboxEvent::id).doesNotContainAnyElementsOf(both.get(0).stream().map(OutboxEvent::id).toList());
    }

    @Test
    void events_taken_by_a_transaction_that_rolls_back_are_handed_out_again() {
        Adapters adapters = DATABASE.emptyAdapters();
        OrganizationId org = new Seed(adapters).organization(1, "acme");
        adapters.transactions().run(() -> adapters.outbox().append(Seed.ticket(org, uuid(1), Channel.EMAIL, List.of(), T0).pullEvents()));

        assertThatThrownBy(() -> adapters.transactions().run(() -> {
            assertThat(adapters.outboxReader().takeUnpublished(10, T0)).hasSize(2);
            throw new IllegalStateException("the fan-out failed");
        })).hasMessage("the fan-out failed");

        assertThat(adapters.transactions().inTransaction(() -> adapters.outboxReader().takeUnpublished(10, T0))).hasSize(2);
    }

    private static List<OutboxEvent> join(CompletableFuture<List<OutboxEvent>> future) {
        try {
            return future.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the second publisher waited for the first", e);
        }
    }
}
