package dev.parley.application.helpdesk.port.in;

import dev.parley.domain.helpdesk.Ticket;
import dev.parley.domain.helpdesk.TicketChanges;
import dev.parley.domain.helpdesk.TicketId;
import dev.parley.domain.shared.OrganizationId;

/** Changes a ticket's status, assignee or tags. */
public interface UpdateTicketUseCase {
    /** Applies the changes; an assignee must be an agent of the organization. */
    Ticket update(OrganizationId org, TicketId id, TicketChanges changes);
}
