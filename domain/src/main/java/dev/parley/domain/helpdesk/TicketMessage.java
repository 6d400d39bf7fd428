package dev.parley.domain.helpdesk;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One message on a ticket. An internal message is an agent-only note: stored and shown to agents, never
 * delivered to the customer.
 */
public record TicketMessage(MessageId id, MessageRole role, MessageText text, Optional<String> agentName,
                            boolean internal, Instant createdAt) {
    public TicketMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(agentName, "agentName");
        Objects.requireNonNull(createdAt, "createdAt");
        if (internal && role != MessageRole.AGENT) {
            throw new IllegalArgumentException("only agents write internal notes");
        }
    }

    public boolean isPublicAgentReply() {
        return role == MessageRole.AGENT && !internal;
    }
}
