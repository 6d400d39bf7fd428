package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.helpdesk.MessageId;
import dev.parley.domain.helpdesk.MessageText;
import dev.parley.domain.helpdesk.Ticket;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every outbox must do: keep each event's type, tenant, time and data, in the order appended. */
public abstract class OutboxContractTest {
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
    void events_are_kept_with_their_data_in_the_order_appended() {
        Ticket ticket = Seed.ticket(org, uuid(1), Channel.EMAIL, List.of("vip"), T0);
        List<DomainEvent> opened = ticket.pullEvents();
        ticket.replyAsAgent(new MessageId(uuid(2)), new MessageText("Hi\u00e9 \"quoted\""), Optional.empty(), true, T0.plusNanos(7_000));
        List<DomainEvent> replied = ticket.pullEvents();

        adapters.outbox().append(opened);
        adapters.outbox().append(replied);

        assertThat(adapters.recordedEvents()).containsExactly(
                RecordedEvent.of(opened.get(0)), RecordedEvent.of(opened.get(1)), RecordedEvent.of(replied.get(0)));
        assertThat(adapters.recordedEvents()).extracting(RecordedEvent::type)
                .containsExactly("ticket.created", "ticket.message.created", "ticket.message.created");
        assertThat(adapters.recordedEvents().get(2).occurredAt()).isEqualTo(T0.plusNanos(7_000));
    }

    @Test
    void each_event_keeps_its_organization() {
        List<DomainEvent> ours = Seed.ticket(org, uuid(1), Channel.EMAIL, List.of(), T0).pullEvents();
        List<DomainEvent> theirs = Seed.ticket(otherOrg, uuid(2), Channel.API, List.of(), T0).pullEvents();

        adapters.outbox().append(ours);
        adapters.outbox().append(theirs);

        assertThat(adapters.recordedEvents()).extracting(RecordedEvent::organizationId).containsExactly(org, org, otherOrg, otherOrg);
    }

    @Test
    void appending_nothing_records_nothing() {
        adapters.outbox().append(List.of());

        assertThat(adapters.recordedEvents()).isEmpty();
    }
}
