package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static dev.parley.application.contract.Seed.uuid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.helpdesk.port.in.TicketFilter;
import dev.parley.application.helpdesk.port.in.TicketFilter.Assignment;
import dev.parley.application.helpdesk.port.in.TicketFilter.TicketSort;
import dev.parley.application.helpdesk.port.in.TicketSummaryView;
import dev.parley.application.helpdesk.port.out.TicketRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.helpdesk.AgentId;
import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.helpdesk.MessageId;
import dev.parley.domain.helpdesk.MessageRole;
import dev.parley.domain.helpdesk.MessageText;
import dev.parley.domain.helpdesk.Tags;
import dev.parley.domain.helpdesk.Ticket;
import dev.parley.domain.helpdesk.TicketChanges;
import dev.parley.domain.helpdesk.TicketId;
import dev.parley.domain.helpdesk.TicketMessage;
import dev.parley.domain.helpdesk.TicketStatus;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What every {@link TicketRepository} must do: round-trips, optimistic locking, tenancy, filters, sorts, paging. */
public abstract class TicketRepositoryContractTest {
    private TicketRepository tickets;
    private OrganizationId org;
    private OrganizationId otherOrg;
    private AgentId agent;
    private AgentId otherOrgAgent;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        Adapters adapters = adapters();
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        agent = seed.agent(org, 11);
        otherOrgAgent = seed.agent(otherOrg, 21);
        tickets = adapters.tickets();
    }

    @Test
    void a_new_ticket_comes_back_as_saved_at_version_one() {
        Ticket opened = Seed.ticket(org, uuid(1), Channel.EMAIL, List.of("billing", "vip"), T0);
        tickets.save(opened);

        Ticket found = tickets.find(org, opened.id()).orElseThrow();

        assertThat(found.id()).isEqualTo(opened.id());
        assertThat(found.organizationId()).isEqualTo(org);
        assertThat(found.channel()).isEqualTo(Channel.EMAIL);
        assertThat(found.subject()).isEqualTo(opened.subject());
        assertThat(found.customer()).isEqualTo(opened.customer());
        assertThat(found.status()).isEqualTo(TicketStatus.OPEN);
        assertThat(found.assignee()).isEmpty();
        assertThat(found.tags().values()).containsExactly("billing", "vip");
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.updatedAt()).isEqualTo(T0);
        assertThat(found.firstResponseAt()).isEmpty();
        assertThat(found.messages()).isEqualTo(opened.messages());
        assertThat(found.version()).isEqualTo(1);
        assertThat(found.pullEvents()).isEmpty();
    }

    @Test
    void changes_and_new_messages_are_saved_and_the_version_moves_on() {
        tickets.save(Seed.ticket(org, uuid(1), Channel.WIDGET, List.of(), T0));
        Instant replyAt = T0.plusNanos(1_500_000_000L + 1_000);
        Ticket loaded = tickets.find(org, new TicketId(uuid(1))).orElseThrow();
        loaded.update(new TicketChanges(Optional.of(TicketStatus.PENDING), Optional.of(Optional.of(agent)),
                Optional.of(new Tags(List.of("refund")))), replyAt);
        loaded.replyAsAgent(new MessageId(uuid(101)), new MessageText("On it."), Optional.of("Grace"), false, replyAt);
        loaded.replyAsAgent(new MessageId(uuid(102)), new MessageText("Customer is a VIP"), Optional.empty(), true, replyAt.plusNanos(1_000));
        tickets.save(loaded);

        Ticket found = tickets.find(org, loaded.id()).orElseThrow();

        assertThat(found.status()).isEqualTo(TicketStatus.PENDING);
        assertThat(found.assignee()).contains(agent);
        assertThat(found.tags().values()).containsExactly("refund");
        assertThat(found.updatedAt()).isEqualTo(replyAt.plusNanos(1_000));
        assertThat(found.firstResponseAt()).contains(replyAt);
        assertThat(found.messages()).isEqualTo(loaded.messages());
        assertThat(found.messages()).extracting(TicketMessage::role).containsExactly(MessageRole.CUSTOMER, MessageRole.AGENT, MessageRole.AGENT);
        assertThat(found.messages().get(1).agentName()).contains("Grace");
        assertThat(found.messages().get(2).internal()).isTrue();
        assertThat(found.version()).isEqualTo(2);
    }

    @Test
    void unassigning_clears_the_assignee() {
        tickets.save(Seed.ticket(org, uuid(1), Channel.WIDGET, List.of(), T0));
        Ticket assigned = tickets.find(org, new TicketId(uuid(1))).orElseThrow();
        assigned.update(new TicketChanges(Optional.empty(), Optional.of(Optional.of(agent)), Optional.empty()), T0.plusSeconds(1));
        tickets.save(assigned);
        Ticket unassigned = tickets.find(org, new TicketId(uuid(1))).orElseThrow();
        unassigned.update(new TicketChanges(Optional.empty(), Optional.of(Optional.empty()), Optional.empty()), T0.plusSeconds(2));
        tickets.save(unassigned);

        assertThat(tickets.find(org, new TicketId(uuid(1))).orElseThrow().assignee()).isEmpty();
    }

    @Test
    void saving_a_stale_copy_is_a_conflict_and_changes_nothing() {
        tickets.save(Seed.ticket(org, uuid(1), Channel.WIDGET, List.of(), T0));
        Ticket first = tickets.find(org, new TicketId(uuid(1))).orElseThrow();
        Ticket second = tickets.find(org, new TicketId(uuid(1))).orElseThrow();
        first.update(new TicketChanges(Optional.of(TicketStatus.RESOLVED), Optional.empty(), Optional.empty()), T0.plusSeconds(1));
        tickets.save(first);
        second.update(new TicketChanges(Optional.of(TicketStatus.PENDING), Optional.empty(), Optional.empty()), T0.plusSeconds(2));
        second.replyAsAgent(new MessageId(uuid(101)), new MessageText("Too late"), Optional.empty(), false, T0.plusSeconds(2));

        assertThatThrownBy(() -> tickets.save(second))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("ticket.concurrent_update"));

        Ticket stored = tickets.find(org, new TicketId(uuid(1))).orElseThrow();
        assertThat(stored.status()).isEqualTo(TicketStatus.RESOLVED);
        assertThat(stored.messages()).hasSize(1);
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void a_saved_copy_cannot_be_saved_again() {
        tickets.save(Seed.ticket(org, uuid(1), Channel.WIDGET, List.of(), T0));
        Ticket loaded = tickets.find(org, new TicketId(uuid(1))).orElseThrow();
        loaded.update(new TicketChanges(Optional.of(TicketStatus.PENDING), Optional.empty(), Optional.empty()), T0.plusSeconds(1));
        tickets.save(loaded);

        assertThatThrownBy(() -> tickets.save(loaded)).isInstanceOf(Conflict.class);
    }

    @Test
    void another_organizations_ticket_is_not_found() {
        tickets.save(Seed.ticket(org, uuid(1), Channel.WIDGET, List.of(), T0));

        assertThat(tickets.find(otherOrg, new TicketId(uuid(1)))).isEmpty();
        assertThat(tickets.find(org, new TicketId(uuid(99)))).isEmpty();
    }

    @Test
    void a_summary_carries_everything_but_the_messages() {
        Ticket opened = Seed.ticket(org, uuid(1), Channel.TELEGRAM, List.of("vip"), T0);
        tickets.save(opened);

        TicketSummaryView summary = tickets.list(org, TicketFilter.all(), new PageRequest(1, 10)).items().getFirst();

        assertThat(summary).isEqualTo(new TicketSummaryView(opened.id(), org, TicketStatus.OPEN, Channel.TELEGRAM,
                opened.subject(), opened.customer(), Optional.empty(), new Tags(List.of("vip")), T0, T0, Optional.empty()));
    }

    /** Four tickets of the organization and one of another, varied in every listed attribute. */
    @Nested
    class Lists {
        private TicketId t1;
        private TicketId t2;
        private TicketId t3;
        private TicketId t4;

        @BeforeEach
        void fourTickets() {
            t1 = open(uuid(5), Channel.EMAIL, List.of("billing"), T0);
            t2 = open(uuid(3), Channel.WIDGET, List.of("billing", "vip"), T0.plusSeconds(1));
            t3 = open(uuid(4), Channel.API, List.of(), T0.plusSeconds(1));
            t4 = open(uuid(1), Channel.EMAIL, List.of("vip"), T0.plusSeconds(2));
            tickets.save(Seed.ticket(otherOrg, uuid(2), Channel.EMAIL, List.of("billing"), T0.plusSeconds(1)));
            change(t2, TicketStatus.PENDING, agent, T0.plusSeconds(5));
            change(t3, TicketStatus.RESOLVED, agent, T0.plusSeconds(5));
            Ticket replied = tickets.find(org, t4).orElseThrow();
            replied.replyAsAgent(new MessageId(uuid(104)), new MessageText("Hi"), Optional.empty(), false, T0.plusSeconds(10));
            tickets.save(replied);
        }

        @Test
        void without_a_filter_every_ticket_of_the_organization_and_no_other() {
            Page<TicketSummaryView> page = list(TicketFilter.all());

            assertThat(ids(page)).containsExactly(t4, t3, t2, t1);
            assertThat(page.total()).isEqualTo(4);
            assertThat(page.items()).allSatisfy(s -> assertThat(s.organizationId()).isEqualTo(org));
        }

        @Test
        void filters_by_status() {
            assertThat(ids(list(filter(Optional.of(TicketStatus.OPEN), Optional.empty(), Optional.empty(), Optional.empty())))).containsExactly(t4, t1);
            assertThat(ids(list(filter(Optional.of(TicketStatus.PENDING), Optional.empty(), Optional.empty(), Optional.empty())))).containsExactly(t2);
            assertThat(ids(list(filter(Optional.of(TicketStatus.RESOLVED), Optional.empty(), Optional.empty(), Optional.empty())))).containsExactly(t3);
        }

        @Test
        void filters_by_channel() {
            assertThat(ids(list(filter(Optional.empty(), Optional.of(Channel.EMAIL), Optional.empty(), Optional.empty())))).containsExactly(t4, t1);
            assertThat(ids(list(filter(Optional.empty(), Optional.of(Channel.API), Optional.empty(), Optional.empty())))).containsExactly(t3);
            assertThat(ids(list(filter(Optional.empty(), Optional.of(Channel.TELEGRAM), Optional.empty(), Optional.empty())))).isEmpty();
        }

        @Test
        void filters_by_assignment() {
            assertThat(ids(list(filter(Optional.empty(), Optional.empty(), Optional.of(new Assignment.Unassigned()), Optional.empty()))))
                    .containsExactly(t4, t1);
            assertThat(ids(list(filter(Optional.empty(), Optional.empty(), Optional.of(new Assignment.AssignedTo(agent)), Optional.empty()))))
                    .containsExactly(t3, t2);
            assertThat(ids(list(filter(Optional.empty(), Optional.empty(), Optional.of(new Assignment.AssignedTo(otherOrgAgent)), Optional.empty()))))
                    .isEmpty();
        }

        @Test
        void filters_by_tag() {
            assertThat(ids(list(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("billing"))))).containsExactly(t2, t1);
            assertThat(ids(list(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("vip"))))).containsExactly(t4, t2);
            assertThat(ids(list(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("VIP"))))).isEmpty();
        }

        @Test
        void combines_filters() {
            Page<TicketSummaryView> openVip = list(filter(Optional.of(TicketStatus.OPEN), Optional.empty(), Optional.empty(), Optional.of("vip")));
            Page<TicketSummaryView> unassignedBillingEmail = list(filter(Optional.empty(), Optional.of(Channel.EMAIL),
                    Optional.of(new Assignment.Unassigned()), Optional.of("billing")));

            assertThat(ids(openVip)).containsExactly(t4);
            assertThat(openVip.total()).isEqualTo(1);
            assertThat(ids(unassignedBillingEmail)).containsExactly(t1);
        }

        @Test
        void sorts_by_creation_with_the_id_breaking_ties() {
            assertThat(ids(list(sorted(TicketSort.CREATED_ASC)))).containsExactly(t1, t2, t3, t4);
            assertThat(ids(list(sorted(TicketSort.CREATED_DESC)))).containsExactly(t4, t3, t2, t1);
        }

        @Test
        void sorts_by_last_update_with_the_id_breaking_ties() {
            assertThat(ids(list(sorted(TicketSort.UPDATED_DESC)))).containsExactly(t4, t3, t2, t1);
        }

        @Test
        void sorts_by_last_update_independently_of_creation() {
            change(t1, TicketStatus.PENDING, agent, T0.plusSeconds(20));

            assertThat(ids(list(sorted(TicketSort.UPDATED_DESC)))).containsExactly(t1, t4, t3, t2);
            assertThat(ids(list(sorted(TicketSort.CREATED_DESC)))).containsExactly(t4, t3, t2, t1);
        }

        @Test
        void pages_carry_the_total_of_all_pages() {
            Page<TicketSummaryView> first = tickets.list(org, sorted(TicketSort.CREATED_ASC), new PageRequest(1, 3));
            Page<TicketSummaryView> second = tickets.list(org, sorted(TicketSort.CREATED_ASC), new PageRequest(2, 3));

            assertThat(ids(first)).containsExactly(t1, t2, t3);
            assertThat(ids(second)).containsExactly(t4);
            assertThat(first.total()).isEqualTo(4);
            assertThat(second.total()).isEqualTo(4);
            assertThat(second.request()).isEqualTo(new PageRequest(2, 3));
        }

        @Test
        void a_page_past_the_end_is_empty_but_keeps_the_total() {
            Page<TicketSummaryView> beyond = tickets.list(org, TicketFilter.all(), new PageRequest(3, 2));

            assertThat(beyond.items()).isEmpty();
            assertThat(beyond.total()).isEqualTo(4);
        }

        @Test
        void a_filtered_total_counts_only_matching_tickets() {
            Page<TicketSummaryView> page = tickets.list(org,
                    filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("billing")), new PageRequest(1, 1));

            assertThat(ids(page)).containsExactly(t2);
            assertThat(page.total()).isEqualTo(2);
        }

        private TicketId open(UUID id, Channel channel, List<String> tags, Instant at) {
            Ticket ticket = Seed.ticket(org, id, channel, tags, at);
            tickets.save(ticket);
            return ticket.id();
        }

        private void change(TicketId id, TicketStatus status, AgentId assignee, Instant at) {
            Ticket ticket = tickets.find(org, id).orElseThrow();
            ticket.update(new TicketChanges(Optional.of(status), Optional.of(Optional.of(assignee)), Optional.empty()), at);
            tickets.save(ticket);
        }

        private Page<TicketSummaryView> list(TicketFilter filter) {
            return tickets.list(org, filter, new PageRequest(1, 50));
        }
    }

    private static TicketFilter filter(Optional<TicketStatus> status, Optional<Channel> channel, Optional<Assignment> assignment, Optional<String> tag) {
        return new TicketFilter(status, channel, assignment, tag, TicketSort.CREATED_DESC);
    }

    private static TicketFilter sorted(TicketSort sort) {
        return new TicketFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), sort);
    }

    private static List<TicketId> ids(Page<TicketSummaryView> page) {
        return page.items().stream().map(TicketSummaryView::id).toList();
    }
}
