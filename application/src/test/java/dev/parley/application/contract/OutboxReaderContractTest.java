package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.shared.port.out.OutboxReader.OutboxEvent;
import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.shared.DomainEvent;
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

        List<OutboxEvent> read = adapters.transactions().inTransaction(() -> adapters.outboxReader().takeUnpublished(10, T0.plusSeconds(5)));

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

        List<OutboxEvent> first = adapters.transactions().inTransaction(() -> adapters.outboxReader().takeUnpublished(3, T0));

        assertThat(first).hasSize(3);
        assertThat(take(10)).hasSize(1);
    }

    @Test
    void taken_events_are_never_handed_out_again() {
        adapters.transactions().run(() -> {
            adapters.outbox().append(Seed.ticket(org, uuid(1), Channel.EMAIL, List.of(), T0).pullEvents());
            adapters.outbox().append(Seed.ticket(org, uuid(2), Channel.EMAIL, List.of(), T0).pullEvents());
        });

        List<OutboxEvent> first = take(3);
        List<OutboxEvent> rest = take(10);

        assertThat(rest).hasSize(1);
        assertThat(first).extracting(OutboxEvent::id).doesNotContain(rest.get(0).id());
        assertThat(take(10)).isEmpty();
    }

    @Test
    void an_empty_outbox_hands_out_nothing() {
        assertThat(take(10)).isEmpty();
    }

    private List<OutboxEvent> take(int limit) {
        return adapters.transactions().inTransaction(() -> adapters.outboxReader().takeUnpublished(limit, T0.plusSeconds(5)));
    }
}
