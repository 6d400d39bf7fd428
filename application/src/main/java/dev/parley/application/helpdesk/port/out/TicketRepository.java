package dev.parley.application.helpdesk.port.out;

import dev.parley.application.helpdesk.port.in.TicketFilter;
import dev.parley.application.helpdesk.port.in.TicketSummaryView;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.helpdesk.Ticket;
import dev.parley.domain.helpdesk.TicketId;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;

/** Stores tickets with their messages, scoped by organization. */
public interface TicketRepository {
    /** Stores a new ticket or the changes to a loaded one; a concurrent change since loading is a {@code Conflict}. */
    void save(Ticket ticket);

    Optional<Ticket> find(OrganizationId org, TicketId id);

    Page<TicketSummaryView> list(OrganizationId org, TicketFilter filter, PageRequest page);
}
