package dev.parley.application.helpdesk.port.in;

import dev.parley.domain.helpdesk.AgentId;
import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.helpdesk.Customer;
import dev.parley.domain.helpdesk.Subject;
import dev.parley.domain.helpdesk.Tags;
import dev.parley.domain.helpdesk.TicketId;
import dev.parley.domain.helpdesk.TicketStatus;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.Optional;

/** A ticket as lists show it: everything but its messages. */
public record TicketSummaryView(TicketId id, OrganizationId organizationId, TicketStatus status, Channel channel,
                                Subject subject, Customer customer, Optional<AgentId> assignee, Tags tags,
                                Instant createdAt, Instant updatedAt, Optional<Instant> firstResponseAt) {
}
