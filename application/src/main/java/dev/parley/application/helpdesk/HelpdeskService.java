package dev.parley.application.helpdesk;

import dev.parley.application.helpdesk.port.in.OpenTicketUseCase;
import dev.parley.application.helpdesk.port.in.PostAgentMessageUseCase;
import dev.parley.application.helpdesk.port.in.TicketFilter;
import dev.parley.application.helpdesk.port.in.TicketQueries;
import dev.parley.application.helpdesk.port.in.TicketSummaryView;
import dev.parley.application.helpdesk.port.in.UpdateTicketUseCase;
import dev.parley.application.helpdesk.port.out.AgentDirectory;
import dev.parley.application.helpdesk.port.out.TicketRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.application.shared.port.out.Outbox;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.domain.helpdesk.AgentId;
import dev.parley.domain.helpdesk.MessageId;
import dev.parley.domain.helpdesk.Ticket;
import dev.parley.domain.helpdesk.TicketChanges;
import dev.parley.domain.helpdesk.TicketId;
import dev.parley.domain.helpdesk.TicketMessage;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.time.Clock;
import java.util.Optional;

/** The helpdesk's use cases: each change is saved with its events in one transaction. */
public final class HelpdeskService implements OpenTicketUseCase, UpdateTicketUseCase, PostAgentMessageUseCase, TicketQueries {
    private final TicketRepository tickets;
    private final AgentDirectory agents;
    private final Transactions tx;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final Clock clock;

    public HelpdeskService(TicketRepository tickets, AgentDirectory agents, Transactions tx, Outbox outbox, IdGenerator ids, Clock clock) {
        this.tickets = tickets;
        this.agents = agents;
        this.tx = tx;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Ticket open(OpenTicketCommand c) {
        return tx.inTransaction(() -> {
            Ticket ticket = Ticket.open(new TicketId(ids.newUuid()), c.org(), c.channel(), c.subject(), c.customer(),
                    new MessageId(ids.newUuid()), c.message(), c.tags(), clock.instant());
            tickets.save(ticket);
            outbox.append(ticket.pullEvents());
            return ticket;
        });
    }

    @Override
    public Ticket update(OrganizationId org, TicketId id, TicketChanges changes) {
        return tx.inTransaction(() -> {
            Ticket ticket = load(org, id);
            changes.assignee().flatMap(a -> a).ifPresent(agent -> requireAgent(org, agent));
            ticket.update(changes, clock.instant());
            tickets.save(ticket);
            outbox.append(ticket.pullEvents());
            return ticket;
        });
    }

    @Override
    public TicketMessage post(PostAgentMessageCommand c) {
        return tx.inTransaction(() -> {
            Ticket ticket = load(c.org(), c.ticket());
            TicketMessage message = ticket.replyAsAgent(new MessageId(ids.newUuid()), c.text(), c.agentName(), c.internal(), clock.instant());
            tickets.save(ticket);
            outbox.append(ticket.pullEvents());
            return message;
        });
    }

    @Override
    public Page<TicketSummaryView> list(OrganizationId org, TicketFilter filter, PageRequest page) {
        return tickets.list(org, filter, page);
    }

    @Override
    public Ticket get(OrganizationId org, TicketId id) {
        return load(org, id);
    }

    private Ticket load(OrganizationId org, TicketId id) {
        return tickets.find(org, id).orElseThrow(() -> new NotFound("ticket", id.value()));
    }

    private void requireAgent(OrganizationId org, AgentId agent) {
        Optional<?> found = agents.find(org, agent);
        if (found.isEmpty()) {
            throw new InvalidInput("assignedTo", "is not an agent of this organization");
        }
    }
}
