package dev.parley.application.helpdesk.port.in;

import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.helpdesk.Customer;
import dev.parley.domain.helpdesk.MessageText;
import dev.parley.domain.helpdesk.Subject;
import dev.parley.domain.helpdesk.Tags;
import dev.parley.domain.helpdesk.Ticket;
import dev.parley.domain.shared.OrganizationId;
import java.util.Objects;

/** Opens a ticket on behalf of a customer. */
public interface OpenTicketUseCase {
    Ticket open(OpenTicketCommand command);

    /** A new ticket: the customer's first message becomes its first message. */
    record OpenTicketCommand(OrganizationId org, Channel channel, Subject subject, Customer customer,
                             MessageText message, Tags tags) {
        public OpenTicketCommand {
            Objects.requireNonNull(org, "org");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(customer, "customer");
            Objects.requireNonNull(message, "message");
            Objects.requireNonNull(tags, "tags");
        }
    }
}
