package dev.parley.adapter.http.helpdesk;

import static dev.parley.adapter.http.support.StoredEvents.only;
import static dev.parley.adapter.http.support.StoredEvents.shown;
import static dev.parley.adapter.http.support.StoredEvents.stored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.http.support.Json;
import dev.parley.adapter.http.support.StoredEventData;
import dev.parley.adapter.http.support.StoredEvents;
import dev.parley.application.contract.Seed;
import dev.parley.application.helpdesk.port.in.TicketSummaryView;
import dev.parley.domain.helpdesk.AgentId;
import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.helpdesk.Customer;
import dev.parley.domain.helpdesk.MessageId;
import dev.parley.domain.helpdesk.MessageText;
import dev.parley.domain.helpdesk.Subject;
import dev.parley.domain.helpdesk.Tags;
import dev.parley.domain.helpdesk.Ticket;
import dev.parley.domain.helpdesk.TicketChanges;
import dev.parley.domain.helpdesk.TicketId;
import dev.parley.domain.helpdesk.TicketMessage;
import dev.parley.domain.helpdesk.TicketStatus;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ticket events come out exactly as the helpdesk routes show the same ticket and message. */
class HelpdeskEventDataTest {
    private static final OrganizationId ORG = new OrganizationId(7);
    private static final Instant LATER = Seed.T0.plusSeconds(90);

    private final HelpdeskEventData helpdesk = new HelpdeskEventData();

    private static Map<String, Object> asListed(Ticket ticket) {
        Map<String, Object> detail = StoredEvents.plain(TicketDtoMapper.INSTANCE.toResponse(ticket));
        detail.remove("messages");
        return detail;
    }

    private Map<String, Object> render(DomainEvent event) {
        return shown(helpdesk.render(event.type(), event.organizationId(), new StoredEventData(stored(event))));
    }

    @Test
    void a_created_ticket_is_the_ticket_as_the_helpdesk_lists_it() {
        Ticket ticket = Seed.ticket(ORG, Seed.uuid(1), Channel.EMAIL, List.of("vip", "printer"), Seed.T0);

        Map<String, Object> data = render(only(ticket.pullEvents(), "ticket.created"));

        assertThat(data).isEqualTo(asListed(ticket));
        assertThat(data.keySet()).containsExactly("id", "orgId", "status", "channel", "subject", "createdAt", "updatedAt",
                "firstResponseAt", "customer", "assignedTo", "tags");
        assertThat(data.get("id")).isEqualTo(HelpdeskIds.ticket(ticket.id())).asString().startsWith("tkt_");
        assertThat(data.get("orgId")).isEqualTo("org_7");
        assertThat(data.get("createdAt")).isEqualTo("2024-03-15T14:23:00Z");
        assertThat(data.get("customer")).isEqualTo(Map.of("name", "Ada Lovelace", "email", "ada@example.com", "userId", "crm-42"));
    }

    @Test
    void an_updated_ticket_names_what_changed_in_the_helpdesk_vocabulary() {
        Ticket ticket = Seed.ticket(ORG, Seed.uuid(2), Channel.WIDGET, List.of(), Seed.T0);
        ticket.replyAsAgent(new MessageId(Seed.uuid(20)), new MessageText("On it"), Optional.of("Grace"), false, Seed.T0.plusSeconds(30));
        ticket.pullEvents();
        ticket.update(new TicketChanges(Optional.of(TicketStatus.PENDING), Optional.of(Optional.of(new AgentId(42))),
                Optional.of(new Tags(List.of("billing")))), LATER);

        Map<String, Object> data = render(only(ticket.pullEvents(), "ticket.updated"));

        Map<String, Object> expected = asListed(ticket);
        expected.put("changed", List.of("status", "assignedTo", "tags"));
        assertThat(data).isEqualTo(expected);
        assertThat(data).containsEntry("assignedTo", "agent_16").containsEntry("status", "pending")
                .containsEntry("firstResponseAt", "2024-03-15T14:23:30Z").containsEntry("updatedAt", "2024-03-15T14:24:30Z");
    }

    @Test
    void a_new_message_is_the_message_as_the_ticket_shows_it_with_its_ticket() {
        Ticket ticket = Seed.ticket(ORG, Seed.uuid(3), Channel.EMAIL, List.of(), Seed.T0);
        ticket.pullEvents();
        TicketMessage note = ticket.replyAsAgent(new MessageId(Seed.uuid(30)), new MessageText("Customer called twice"),
                Optional.of("Grace"), true, LATER);

        Map<String, Object> data = render(only(ticket.pullEvents(), "ticket.message.created"));

        Map<String, Object> message = StoredEvents.plain(TicketDtoMapper.INSTANCE.toMessage(note));
        assertThat(data.keySet()).containsExactly("id", "ticketId", "role", "text", "agentName", "internal", "createdAt");
        assertThat(data).containsAllEntriesOf(message).containsEntry("ticketId", HelpdeskIds.ticket(ticket.id()));
        assertThat(data).containsEntry("id", HelpdeskIds.message(note.id())).containsEntry("internal", true)
                .containsEntry("createdAt", "2024-03-15T14:24:30Z");
    }

    @Test
    void a_customer_message_leaves_out_the_agent_name_as_the_ticket_does() {
        Ticket ticket = Seed.ticket(ORG, Seed.uuid(4), Channel.EMAIL, List.of(), Seed.T0);

        Map<String, Object> data = render(only(ticket.pullEvents(), "ticket.message.created"));

        assertThat(data).doesNotContainKey("agentName").containsEntry("role", "customer").containsEntry("internal", false);
    }

    @Test
    void a_ticket_is_written_byte_for_byte_as_the_helpdesk_writes_it() {
        Ticket ticket = Ticket.open(new TicketId(Seed.uuid(6)), ORG, Channel.EMAIL, new Subject("Line\u2028break \u0001 \"quoted\" \\ \u00e9 \uD83D\uDE00"),
                Customer.of("Ada Lovelace", "ada@example.com", Optional.empty()), new MessageId(Seed.uuid(60)), new MessageText("Hi"),
                new Tags(List.of()), Seed.T0);
        DomainEvent created = only(ticket.pullEvents(), "ticket.created");
        TicketSummaryView asListed = new TicketSummaryView(ticket.id(), ticket.organizationId(), ticket.status(), ticket.channel(),
                ticket.subject(), ticket.customer(), ticket.assignee(), ticket.tags(), ticket.createdAt(), ticket.updatedAt(),
                ticket.firstResponseAt());

        assertThat(helpdesk.render(created.type(), ORG, new StoredEventData(stored(created))).json())
                .isEqualTo(Json.write(TicketDtoMapper.INSTANCE.toSummary(asListed)));
    }

    @Test
    void it_owns_the_three_ticket_events_and_refuses_others() {
        assertThat(helpdesk.types()).containsExactlyInAnyOrder("ticket.created", "ticket.updated", "ticket.message.created");
        assertThatThrownBy(() -> helpdesk.render("room.created", ORG, new StoredEventData(Map.of())))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
