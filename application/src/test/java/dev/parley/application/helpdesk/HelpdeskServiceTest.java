package dev.parley.application.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.Seed;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.helpdesk.port.in.OpenTicketUseCase.OpenTicketCommand;
import dev.parley.application.helpdesk.port.in.PostAgentMessageUseCase.PostAgentMessageCommand;
import dev.parley.application.helpdesk.port.in.TicketFilter;
import dev.parley.application.helpdesk.port.in.TicketFilter.TicketSort;
import dev.parley.application.helpdesk.port.in.TicketSummaryView;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.helpdesk.AgentId;
import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.helpdesk.Customer;
import dev.parley.domain.helpdesk.MessageRole;
import dev.parley.domain.helpdesk.MessageText;
import dev.parley.domain.helpdesk.Subject;
import dev.parley.domain.helpdesk.Tags;
import dev.parley.domain.helpdesk.Ticket;
import dev.parley.domain.helpdesk.TicketChanges;
import dev.parley.domain.helpdesk.TicketId;
import dev.parley.domain.helpdesk.TicketMessage;
import dev.parley.domain.helpdesk.TicketStatus;
import dev.parley.domain.identity.Role;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.util.UUID;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class HelpdeskServiceTest {
    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final HelpdeskService helpdesk = new HelpdeskService(adapters.tickets(), adapters.agents(),
            adapters.transactions(), adapters.outbox(), new SequentialIdGenerator(), clock);
    private OrganizationId org;
    private OrganizationId otherOrg;
    private AgentId agent;
    private AgentId otherOrgAgent;
    private AgentId learner;

    @BeforeEach
    void seed() {
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        agent = seed.agent(org, 11);
        learner = new AgentId(seed.user(org, 12, "learner@example.com", Role.LEARNER).id().value());
        otherOrgAgent = seed.agent(otherOrg, 21);
    }

    @Test
    void opening_stores_the_ticket_and_records_exactly_its_creation_and_first_message() {
        Ticket opened = open(org);

        Ticket stored = adapters.tickets().find(org, opened.id()).orElseThrow();
        assertThat(opened.id()).isEqualTo(new TicketId(SequentialIdGenerator.uuid(1)));
        assertThat(stored.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(stored.createdAt()).isEqualTo(clock.instant());
        assertThat(stored.messages()).singleElement().satisfies(m -> {
            assertThat(m.role()).isEqualTo(MessageRole.CUSTOMER);
            assertThat(m.text().value()).isEqualTo("My course will not load.");
        });
        assertThat(adapters.outbox().types()).containsExactly("ticket.created", "ticket.message.created");
        assertThat(adapters.outbox().events()).allSatisfy(e -> {
            assertThat(e.organizationId()).isEqualTo(org);
            assertThat(e.data()).containsEntry("ticket_id", opened.id().value().toString());
        });
        assertThat(adapters.transactions().begun()).isEqualTo(1);
    }

    @Test
    void assigning_an_agent_of_the_organization_is_saved_and_recorded() {
        Ticket opened = open(org);
        adapters.outbox().clear();
        clock.advance(Duration.ofMinutes(5));

        Ticket updated = helpdesk.update(org, opened.id(), assign(Optional.of(agent)));

        Ticket stored = adapters.tickets().find(org, opened.id()).orElseThrow();
        assertThat(updated.assignee()).contains(agent);
        assertThat(stored.assignee()).contains(agent);
        assertThat(stored.updatedAt()).isEqualTo(clock.instant());
        assertThat(adapters.outbox().events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ticket.updated");
            assertThat(e.data()).containsEntry("changed", List.of("assignedTo")).containsEntry("assignee_id", agent.value());
        });
    }

    @Test
    void assigning_someone_who_is_not_an_agent_here_is_invalid_and_writes_nothing() {
        Ticket opened = open(org);
        for (AgentId notAnAgent : List.of(learner, otherOrgAgent, new AgentId(999))) {
            assertThatThrownBy(() -> helpdesk.update(org, opened.id(), assign(Optional.of(notAnAgent))))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("assignedTo"));
        }

        Ticket stored = adapters.tickets().find(org, opened.id()).orElseThrow();
        assertThat(stored.assignee()).isEmpty();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(adapters.outbox().types()).containsExactly("ticket.created", "ticket.message.created");
    }

    @Test
    void an_unknown_ticket_is_not_found_before_the_assignee_is_checked() {
        assertThatThrownBy(() -> helpdesk.update(org, new TicketId(new UUID(7, 7)), assign(Optional.of(learner))))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void unassigning_needs_no_agent() {
        Ticket opened = open(org);
        helpdesk.update(org, opened.id(), assign(Optional.of(agent)));

        helpdesk.update(org, opened.id(), assign(Optional.empty()));

        assertThat(adapters.tickets().find(org, opened.id()).orElseThrow().assignee()).isEmpty();
    }

    @Test
    void a_change_to_what_already_is_records_nothing() {
        Ticket opened = open(org);
        adapters.outbox().clear();

        helpdesk.update(org, opened.id(), new TicketChanges(Optional.of(TicketStatus.OPEN), Optional.empty(), Optional.of(new Tags(List.of("login")))));

        assertThat(adapters.outbox().events()).isEmpty();
    }

    @Test
    void another_organizations_ticket_is_not_found_for_any_use_case() {
        Ticket theirs = open(otherOrg);

        assertThatThrownBy(() -> helpdesk.get(org, theirs.id())).isInstanceOfSatisfying(NotFound.class,
                e -> assertThat(e.code()).isEqualTo("ticket.not_found"));
        assertThatThrownBy(() -> helpdesk.update(org, theirs.id(), TicketChanges.none())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> helpdesk.post(reply(org, theirs.id(), false))).isInstanceOf(NotFound.class);
        assertThat(adapters.tickets().find(otherOrg, theirs.id()).orElseThrow().messages()).hasSize(1);
    }

    @Test
    void a_public_reply_is_stored_sets_the_first_response_and_is_recorded() {
        Ticket opened = open(org);
        adapters.outbox().clear();
        clock.advance(Duration.ofSeconds(90));

        TicketMessage posted = helpdesk.post(reply(org, opened.id(), false));

        Ticket stored = helpdesk.get(org, opened.id());
        assertThat(stored.messages()).hasSize(2).last().isEqualTo(posted);
        assertThat(stored.firstResponseAt()).contains(clock.instant());
        assertThat(adapters.outbox().events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("ticket.message.created");
            assertThat(e.data()).containsEntry("agent_name", "Grace").containsEntry("internal", false);
        });
    }

    @Test
    void an_internal_note_is_not_a_first_response() {
        Ticket opened = open(org);

        TicketMessage note = helpdesk.post(reply(org, opened.id(), true));

        assertThat(note.internal()).isTrue();
        assertThat(helpdesk.get(org, opened.id()).firstResponseAt()).isEmpty();
    }

    @Test
    void lists_only_the_organizations_tickets_matching_the_filter() {
        Ticket first = open(org);
        clock.advance(Duration.ofSeconds(1));
        Ticket second = open(org);
        open(otherOrg);
        helpdesk.update(org, first.id(), new TicketChanges(Optional.of(TicketStatus.RESOLVED), Optional.empty(), Optional.empty()));

        Page<TicketSummaryView> open = helpdesk.list(org, new TicketFilter(Optional.of(TicketStatus.OPEN), Optional.empty(),
                Optional.empty(), Optional.empty(), TicketSort.CREATED_DESC), new PageRequest(1, 20));

        assertThat(open.items()).extracting(TicketSummaryView::id).containsExactly(second.id());
        assertThat(open.total()).isEqualTo(1);
    }

    @Test
    void each_event_is_appended_once() {
        Ticket opened = open(org);
        helpdesk.post(reply(org, opened.id(), false));
        helpdesk.update(org, opened.id(), assign(Optional.of(agent)));

        assertThat(adapters.outbox().events()).doesNotHaveDuplicates().extracting(DomainEvent::type)
                .containsExactly("ticket.created", "ticket.message.created", "ticket.message.created", "ticket.updated");
    }

    private Ticket open(OrganizationId organization) {
        return helpdesk.open(new OpenTicketCommand(organization, Channel.WIDGET, new Subject("Cannot log in"),
                Customer.of("Ada", "ada@example.com", Optional.empty()), new MessageText("My course will not load."),
                new Tags(List.of("login"))));
    }

    private static PostAgentMessageCommand reply(OrganizationId organization, TicketId ticket, boolean internal) {
        return new PostAgentMessageCommand(organization, ticket, new MessageText("Try again now."), Optional.of("Grace"), internal);
    }

    private static TicketChanges assign(Optional<AgentId> assignee) {
        return new TicketChanges(Optional.empty(), Optional.of(assignee), Optional.empty());
    }
}
