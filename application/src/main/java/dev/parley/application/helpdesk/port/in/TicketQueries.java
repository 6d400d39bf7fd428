package dev.parley.application.helpdesk.port.in;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.helpdesk.Ticket;
import dev.parley.domain.helpdesk.TicketId;
import dev.parley.domain.shared.OrganizationId;

/** Reads an organization's tickets. */
public interface TicketQueries {
    Page<TicketSummaryView> list(OrganizationId org, TicketFilter filter, PageRequest page);

    /** The ticket with all its messages in order; {@code NotFound} for another organization's ticket. */
    Ticket get(OrganizationId org, TicketId id);
}
