package dev.parley.domain.helpdesk;

import java.util.Objects;

/** An agent as tickets see one: an id to assign and a name to sign replies with. */
public record Agent(AgentId id, String name) {
    public Agent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
