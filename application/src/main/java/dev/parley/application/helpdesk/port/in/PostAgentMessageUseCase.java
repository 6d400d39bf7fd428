package dev.parley.application.helpdesk.port.in;

import dev.parley.domain.helpdesk.MessageText;
import dev.parley.domain.helpdesk.TicketId;
import dev.parley.domain.helpdesk.TicketMessage;
import dev.parley.domain.shared.OrganizationId;
import java.util.Objects;
import java.util.Optional;

/** Adds an agent's reply, or an internal note, to a ticket. */
public interface PostAgentMessageUseCase {
    TicketMessage post(PostAgentMessageCommand command);

    /** The reply; {@code agentName} is the signed-in person's name when the token belongs to one. */
    record PostAgentMessageCommand(OrganizationId org, TicketId ticket, MessageText text, Optional<String> agentName,
                                   boolean internal) {
        public PostAgentMessageCommand {
            Objects.requireNonNull(org, "org");
            Objects.requireNonNull(ticket, "ticket");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(agentName, "agentName");
        }
    }
}
