package dev.parley.domain.helpdesk;

/** Identity of an agent: a person of the organization who answers tickets. */
public record AgentId(long value) {
    public AgentId {
        if (value <= 0) {
            throw new IllegalArgumentException("agent id must be positive");
        }
    }
}
