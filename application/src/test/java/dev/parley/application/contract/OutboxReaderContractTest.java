package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.shared.port.out.OutboxReader.OutboxEvent;
import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.EventId;
import dev.parley.domain.shared.OrganizationId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every outbox reader must do: hand out each unpublished event, oldest first, until it is marked published. */
public abstract class OutboxReaderContractTest {
    private Adapters adapters;
    private OrganizationId org;
    private OrganizationId otherOrg;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void start() {
        adapters = adapters();
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
    }

    @Test
    void unpublished_events_come_oldest_first_with_their_tenant_type_time_and_data() {
        List<DomainEvent> appended = new ArrayList<>(Seed.ticket(org, uuid(1), Channel.EMAIL, List.of("vip"), T0).pullEvents());
        appended.addAll(Seed.ticket(otherOrg, uuid(2), Channel.API, List.of(), T0.plusSeconds(1)).pullEvents());
        adapters.transactions().run(() -> adapters.outbox().append(appended));

        List<OutboxEvent> read = adapters.transactions().inTransaction(() -> adapters.outboxReader().lockUnpublished(10));

        assertThat(read).extracting(OutboxEvent::type).containsExactly("ticket.created", "ticket.message.created", "ticket.created",
                "ticket.message.created");
        assertThat(read).extracting(OutboxEvent::organizationId).containsExactly(org, org, otherOrg, otherOrg);
        assertThat(read).extracting(OutboxEvent::occurredAt).containsExactly(T0, T0, T0.plusSeconds(1), T0.plusSeconds(1));
        assertThat(read.get(0).data()).isEqualTo(appended.get(0).data());
        assertThat(read).extracting(OutboxEvent::id).doesNotHaveDuplicates();
    }

    @Test
    void at_most_the_limit_is_handed_out() {
        adapters.transactions().run(() -> {
            adapters.outbox().append(Seed.ticket(org, uuid(1), Channel.EMAIL, List.of(), T0).pullEvents());
            adapters.outbox().append(Seed.ticket(org, uuid(2), Channel.EMAIL, List.of(), T0).pullEvents());
        });

        List<OutboxEvent> first = adapters.transactions().inTransaction(() -> adapters.outboxReader().lockUnpublished(3));

        assertThat(first).hasSize(3);
    }

    @Test
    void published_events_are_never_handed_out_again() {
        adapters.transactions().run(() -> {
            adapters.outbox().append(Seed.ticket(org, uuid(1), Channel.EMAIL, List.of(), T0).pullEvents());
            adapters.outbox().append(Seed.ticket(org, uuid(2), Channel.EMAIL, List.of(), T0).pullEvents());
        });

        List<OutboxEvent> first = adapters.transactions().inTransaction(() -> {
            List<OutboxEvent> locked = adapters.outboxReader().lockUnpublished(3);
            adapters.outboxReader().markPublished(locked.stream().map(OutboxEvent::id).toList(), T0.plusSeconds(5));
            return locked;
        });
        List<OutboxEvent> rest = adapters.transactions().inTransaction(() -> adapters.outboxReader().lockUnpublished(10));

        assertThat(rest).hasSize(1);
        assertThat(first).extracting(OutboxEvent::id).doesNotContain(rest.get(0).id());
        assertThat(adapters.transactions().inTransaction(() -> {
            adapters.outboxReader().markPublished(List.of(rest.get(0).id()), T0.plusSeconds(6));
            return adapters.outboxReader().lockUnpublished(10);
        })).isEmpty();
    }

    @Test
    void marking_nothing_published_changes_nothing() {
        adapters.transactions().run(() -> adapters.outbox().append(Seed.ticket(org, uuid(1), Channel.EMAIL, List.of(), T0).pullEvents()));

        adapters.transactions().run(() -> adapters.outboxReader().markPublished(List.<EventId>of(), T0));

        assertThat(adapters.transactions().inTransaction(() -> adapters.outboxReader().lockUnpublished(10))).hasSize(2);
    }
}
