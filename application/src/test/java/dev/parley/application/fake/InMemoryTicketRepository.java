package dev.parley.application.fake;

import dev.parley.application.helpdesk.port.in.TicketFilter;
import dev.parley.application.helpdesk.port.in.TicketFilter.Assignment;
import dev.parley.application.helpdesk.port.in.TicketFilter.TicketSort;
import dev.parley.application.helpdesk.port.in.TicketSummaryView;
import dev.parley.application.helpdesk.port.out.TicketRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.helpdesk.Ticket;
import dev.parley.domain.helpdesk.TicketId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Tickets in a map with the jOOQ adapter's semantics: a new ticket is stored at version 1, a loaded one only over
 * the version it was loaded at, and lists filter, sort (ties broken by id as PostgreSQL orders UUIDs) and page alike.
 */
public final class InMemoryTicketRepository implements TicketRepository {
    private final Map<TicketId, Ticket> byId = new LinkedHashMap<>();

    @Override
    public synchronized void save(Ticket ticket) {
        Ticket stored = byId.get(ticket.id());
        if (ticket.version() == 0) {
            if (stored != null) {
                throw new IllegalStateException("duplicate ticket id " + ticket.id().value());
            }
        } else if (stored == null || !stored.organizationId().equals(ticket.organizationId()) || stored.version() != ticket.version()) {
            throw new Conflict("ticket.concurrent_update",
                    "Ticket " + ticket.id().value() + " was changed since it was loaded; reload it and try again.");
        }
        byId.put(ticket.id(), copy(ticket, ticket.version() + 1));
    }

    @Override
    public synchronized Optional<Ticket> find(OrganizationId org, TicketId id) {
        return Optional.ofNullable(byId.get(id))
                .filter(t -> t.organizationId().equals(org))
                .map(t -> copy(t, t.version()));
    }

    @Override
    public synchronized Page<TicketSummaryView> list(OrganizationId org, TicketFilter filter, PageRequest page) {
        List<Ticket> matching = byId.values().stream()
                .filter(t -> t.organizationId().equals(org))
                .filter(matches(filter))
                .sorted(order(filter.sort()))
                .toList();
        List<TicketSummaryView> items = matching.stream()
                .skip(page.offset())
                .limit(page.perPage())
                .map(InMemoryTicketRepository::summaryOf)
                .toList();
        return new Page<>(items, matching.size(), page);
    }

    private static Predicate<Ticket> matches(TicketFilter filter) {
        return t -> filter.status().map(s -> t.status() == s).orElse(true)
                && filter.channel().map(c -> t.channel() == c).orElse(true)
                && filter.assignment().map(a -> switch (a) {
                    case Assignment.Unassigned unassigned -> t.assignee().isEmpty();
                    case Assignment.AssignedTo assigned -> t.assignee().equals(Optional.of(assigned.agent()));
                }).orElse(true)
                && filter.tag().map(tag -> t.tags().values().contains(tag)).orElse(true);
    }

    private static Comparator<Ticket> order(TicketSort sort) {
        Comparator<Ticket> byId = Comparator.comparing(t -> t.id().value().toString());
        return switch (sort) {
            case CREATED_ASC -> Comparator.comparing(Ticket::createdAt).thenComparing(byId);
            case CREATED_DESC -> Comparator.comparing(Ticket::createdAt).thenComparing(byId).reversed();
            case UPDATED_DESC -> Comparator.comparing(Ticket::updatedAt).thenComparing(byId).reversed();
        };
    }

    private static TicketSummaryView summaryOf(Ticket t) {
        return new TicketSummaryView(t.id(), t.organizationId(), t.status(), t.channel(), t.subject(), t.customer(),
                t.assignee(), t.tags(), t.createdAt(), t.updatedAt(), t.firstResponseAt());
    }

    private static Ticket copy(Ticket t, long version) {
        return Ticket.rehydrate(t.id(), t.organizationId(), t.channel(), t.subject(), t.customer(), t.status(),
                t.assignee(), t.tags(), t.createdAt(), t.updatedAt(), t.firstResponseAt(), t.messages(), version);
    }
}
