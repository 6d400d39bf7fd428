package dev.parley.adapter.http.helpdesk;

import dev.parley.adapter.http.support.PrefixedIds;
import dev.parley.domain.helpdesk.AgentId;
import dev.parley.domain.helpdesk.MessageId;
import dev.parley.domain.helpdesk.TicketId;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;

/** The helpdesk's prefixed ids: {@code tkt_}, {@code msg_}, {@code org_}, {@code agent_}. */
public final class HelpdeskIds {
    private HelpdeskIds() {
    }

    public static String ticket(TicketId id) {
        return PrefixedIds.encode("tkt", id.value());
    }

    public static String message(MessageId id) {
        return PrefixedIds.encode("msg", id.value());
    }

    public static String organization(OrganizationId id) {
        return PrefixedIds.encode("org", id.value());
    }

    public static String agent(AgentId id) {
        return PrefixedIds.encode("agent", id.value());
    }

    /** A ticket id from a path: anything malformed is simply a ticket that does not exist. */
    public static TicketId parseTicket(String raw) {
        return PrefixedIds.decodeUuid("tkt", raw).map(TicketId::new).orElseThrow(() -> new NotFound("ticket", raw));
    }

    /** An agent id from input, refused naming the field when malformed. */
    public static AgentId parseAgent(String field, String raw) {
        return PrefixedIds.decodeLong("agent", raw).map(AgentId::new)
                .orElseThrow(() -> new InvalidInput(field, "must be an agent id like agent_1a2b"));
    }
}
