package dev.parley.domain.helpdesk;

import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The events a ticket records: created, updated, and a message added. */
public final class TicketEvents {
    private TicketEvents() {
    }

    /** The state of a ticket at the moment of an event, without its messages. */
    public record TicketSnapshot(OrganizationId organizationId, TicketId id, TicketStatus status, Channel channel,
                                 Subject subject, Customer customer, Optional<AgentId> assignee, Tags tags,
                                 Instant createdAt, Instant updatedAt, Optional<Instant> firstResponseAt) {
        Map<String, Object> data() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("ticket_id", id.value().toString());
            data.put("status", status.wireName());
            data.put("channel", channel.wireName());
            data.put("subject", subject.value());
            data.put("customer_name", customer.name());
            data.put("customer_email", customer.email().value());
            data.put("customer_user_id", customer.userId().orElse(null));
            data.put("assignee_id", assignee.map(AgentId::value).orElse(null));
            data.put("tags", tags.values());
            data.put("created_at", createdAt.toString());
            data.put("updated_at", updatedAt.toString());
            data.put("first_response_at", firstResponseAt.map(Instant::toString).orElse(null));
            return data;
        }
    }

    /** A ticket was opened. */
    public record TicketCreated(TicketSnapshot ticket, Instant occurredAt) implements DomainEvent {
        public String type() { return "ticket.created"; }
        public OrganizationId organizationId() { return ticket.organizationId(); }
        public Map<String, Object> data() { return ticket.data(); }
    }

    /** An agent (or a customer's reply) changed a ticket's status, assignee or tags. */
    public record TicketUpdated(TicketSnapshot ticket, List<String> changed, Instant occurredAt) implements DomainEvent {
        public String type() { return "ticket.updated"; }
        public OrganizationId organizationId() { return ticket.organizationId(); }
        public Map<String, Object> data() {
            Map<String, Object> data = ticket.data();
            data.put("changed", changed);
            return data;
        }
    }

    /** A message was added to a ticket. */
    public record TicketMessageCreated(OrganizationId organizationId, TicketId ticketId, TicketMessage message,
                                       Instant occurredAt) implements DomainEvent {
        public String type() { return "ticket.message.created"; }
        public Map<String, Object> data() {
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("ticket_id", ticketId.value().toString());
            data.put("message_id", message.id().value().toString());
            data.put("role", message.role().wireName());
            data.put("text", message.text().value());
            data.put("agent_name", message.agentName().orElse(null));
            data.put("internal", message.internal());
            data.put("created_at", message.createdAt().toString());
            return data;
        }
    }
}
