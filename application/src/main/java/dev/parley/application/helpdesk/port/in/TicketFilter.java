package dev.parley.application.helpdesk.port.in;

import dev.parley.domain.helpdesk.AgentId;
import dev.parley.domain.helpdesk.Channel;
import dev.parley.domain.helpdesk.TicketStatus;
import dev.parley.domain.shared.InvalidInput;
import java.util.Objects;
import java.util.Optional;

/** Which tickets a list shows and in what order; every field is optional. */
public record TicketFilter(Optional<TicketStatus> status, Optional<Channel> channel, Optional<Assignment> assignment,
                           Optional<String> tag, TicketSort sort) {
    public TicketFilter {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(assignment, "assignment");
        Objects.requireNonNull(tag, "tag");
        Objects.requireNonNull(sort, "sort");
    }

    public static TicketFilter all() {
        return new TicketFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), TicketSort.CREATED_DESC);
    }

    /** Tickets assigned to one agent, or to nobody. */
    public sealed interface Assignment {
        /** Tickets with no assignee. */
        record Unassigned() implements Assignment {
        }

        /** Tickets assigned to this agent. */
        record AssignedTo(AgentId agent) implements Assignment {
        }
    }

    /** The list orders the reference allows. */
    public enum TicketSort {
        CREATED_ASC("created_asc"),
        CREATED_DESC("created_desc"),
        UPDATED_DESC("updated_desc");

        private final String wireName;

        TicketSort(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static TicketSort parse(String raw) {
            for (TicketSort sort : values()) {
                if (sort.wireName.equals(raw)) {
                    return sort;
                }
            }
            throw new InvalidInput("sort", "must be one of created_asc, created_desc, updated_desc");
        }
    }
}
