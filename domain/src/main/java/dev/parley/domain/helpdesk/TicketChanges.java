package dev.parley.domain.helpdesk;

import java.util.Objects;
import java.util.Optional;

/** What an agent asked to change on a ticket; an absent field stays as it is, an empty assignee unassigns. */
public record TicketChanges(Optional<TicketStatus> status, Optional<Optional<AgentId>> assignee, Optional<Tags> tags) {
    public TicketChanges {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(tags, "tags");
    }

    public static TicketChanges none() {
        return new TicketChanges(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
