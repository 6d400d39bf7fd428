package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.OutboxReaderContractTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OutboxReader contract against PostgreSQL, and the time-ordered ids the table gives events. */
class JooqOutboxReaderContractTest extends OutboxReaderContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }

    @Test
    void event_ids_are_version_7_and_a_later_millisecond_sorts_after_an_earlier_one() throws InterruptedException {
        DATABASE.emptyAdapters();
        for (int i = 0; i < 3; i++) {
            DATABASE.sql().execute("insert into outbox_events (organization_id, type, payload, occurred_at) values (1, 'ticket.created', '{}', now())");
            Thread.sleep(3);
        }

        List<UUID> ids = DATABASE.sql().fetch("select id from outbox_events order by sequence").getValues(0, UUID.class);

        assertThat(ids).hasSize(3).allSatisfy(id -> assertThat(id.version()).isEqualTo(7)).allSatisfy(id -> assertThat(id.variant()).isEqualTo(2));
        assertThat(ids).isSortedAccordingTo((a, b) -> a.toString().compareTo(b.toString()));
        assertThat(ids.get(2).getMostSignificantBits() >>> 16).isGreaterThan(ids.get(0).getMostSignificantBits() >>> 16);
    }
}
