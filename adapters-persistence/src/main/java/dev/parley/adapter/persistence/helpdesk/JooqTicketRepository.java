package dev.parley.adapter.persistence.helpdesk;

import static dev.parley.adapter.persistence.jooq.Tables.TICKETS;
import static dev.parley.adapter.persistence.jooq.Tables.TICKET_MESSAGES;

import dev.parley.adapter.persistence.jooq.tables.records.TicketMessagesRecord;
import dev.parley.application.helpdesk.port.in.TicketFilter;
import dev.parley.application.helpdesk.port.in.TicketFilter.Assignment;
import dev.parley.application.helpdesk.port.in.TicketFilter.TicketSort;
import dev.parley.application.helpdesk.port.in.TicketSummaryView;
import dev.parley.application.helpdesk.port.out.TicketRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.helpdesk.AgentId;
import dev.parley.domain.helpdesk.Ticket;
import dev.parley.domain.helpdesk.TicketId;
import dev.parley.domain.helpdesk.TicketMessage;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;

/**
 * Tickets in {@code tickets} with their messages in {@code ticket_messages}. A loaded ticket is saved only if its
 * row still has the version it was loaded at; messages are append-only, numbered by position.
 */
public final class JooqTicketRepository implements TicketRepository {
    private final DSLContext dsl;

    public JooqTicketRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(Ticket ticket) {
        if (ticket.version() == 0) {
            dsl.insertInto(TICKETS).set(TicketRows.toRecord(ticket, 1)).execute();
            insertMessages(ticket, 0);
            return;
        }
        int updated = dsl.update(TICKETS)
                .set(TICKETS.STATUS, ticket.status().wireName())
                .set(TICKETS.ASSIGNEE_ID, ticket.assignee().map(AgentId::value).orElse(null))
                .set(TICKETS.TAGS, TicketRows.tagsOf(ticket.tags()))
                .set(TICKETS.UPDATED_AT, ticket.updatedAt())
                .set(TICKETS.FIRST_RESPONSE_AT, ticket.firstResponseAt().orElse(null))
                .set(TICKETS.VERSION, ticket.version() + 1)
                .where(TICKETS.ID.eq(ticket.id().value()),
                        TICKETS.ORGANIZATION_ID.eq(ticket.organizationId().value()),
                        TICKETS.VERSION.eq(ticket.version()))
                .execute();
        if (updated == 0) {
            throw new Conflict("ticket.concurrent_update",
                    "Ticket " + ticket.id().value() + " was changed since it was loaded; reload it and try again.");
        }
        insertMessages(ticket, dsl.fetchCount(TICKET_MESSAGES, TICKET_MESSAGES.TICKET_ID.eq(ticket.id().value())));
    }

    private void insertMessages(Ticket ticket, int stored) {
        List<TicketMessage> messages = ticket.messages();
        List<TicketMessagesRecord> added = new ArrayList<>();
        for (int position = stored; position < messages.size(); position++) {
            added.add(TicketRows.toRecord(ticket, messages.get(position), position));
        }
        if (!added.isEmpty()) {
            dsl.batchInsert(added).execute();
        }
    }

    @Override
    public Optional<Ticket> find(OrganizationId org, TicketId id) {
        return dsl.selectFrom(TICKETS)
                .where(TICKETS.ORGANIZATION_ID.eq(org.value()), TICKETS.ID.eq(id.value()))
                .fetchOptional()
                .map(r -> TicketRows.toTicket(r, messagesOf(r.getId())));
    }

    private List<TicketMessage> messagesOf(UUID ticketId) {
        return dsl.selectFrom(TICKET_MESSAGES)
                .where(TICKET_MESSAGES.TICKET_ID.eq(ticketId))
                .orderBy(TICKET_MESSAGES.POSITION)
                .fetch(TicketRows::toMessage);
    }

    @Override
    public Page<TicketSummaryView> list(OrganizationId org, TicketFilter filter, PageRequest page) {
        Condition matching = matching(org, filter);
        long total = dsl.fetchCount(TICKETS, matching);
        List<TicketSummaryView> items = dsl.selectFrom(TICKETS)
                .where(matching)
                .orderBy(order(filter.sort()))
                .limit(page.perPage())
                .offset(page.offset())
                .fetch(TicketRows::toSummary);
        return new Page<>(items, total, page);
    }

    private static Condition matching(OrganizationId org, TicketFilter filter) {
        Condition condition = TICKETS.ORGANIZATION_ID.eq(org.value());
        if (filter.status().isPresent()) {
            condition = condition.and(TICKETS.STATUS.eq(filter.status().get().wireName()));
        }
        if (filter.channel().isPresent()) {
            condition = condition.and(TICKETS.CHANNEL.eq(filter.channel().get().wireName()));
        }
        if (filter.assignment().isPresent()) {
            condition = condition.and(switch (filter.assignment().get()) {
                case Assignment.Unassigned unassigned -> TICKETS.ASSIGNEE_ID.isNull();
                case Assignment.AssignedTo assigned -> TICKETS.ASSIGNEE_ID.eq(assigned.agent().value());
            });
        }
        if (filter.tag().isPresent()) {
            condition = condition.and(TICKETS.TAGS.contains(new String[] {filter.tag().get()}));
        }
        return condition;
    }

    private static List<SortField<?>> order(TicketSort sort) {
        return switch (sort) {
            case CREATED_ASC -> List.of(TICKETS.CREATED_AT.asc(), TICKETS.ID.asc());
            case CREATED_DESC -> List.of(TICKETS.CREATED_AT.desc(), TICKETS.ID.desc());
            case UPDATED_DESC -> List.of(TICKETS.UPDATED_AT.desc(), TICKETS.ID.desc());
        };
    }
}
