package dev.parley.application.fake;

import dev.parley.application.helpdesk.port.out.AgentDirectory;
import dev.parley.domain.helpdesk.Agent;
import dev.parley.domain.helpdesk.AgentId;
import dev.parley.domain.identity.Role;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;

/** The users with the agent role in an in-memory user repository; an agent's id is the user's id. */
public final class InMemoryAgentDirectory implements AgentDirectory {
    private final InMemoryUserRepository users;

    public InMemoryAgentDirectory(InMemoryUserRepository users) {
        this.users = users;
    }

    @Override
    public Optional<Agent> find(OrganizationId org, AgentId id) {
        return users.find(org, new UserId(id.value()))
                .filter(u -> u.role() == Role.AGENT)
                .map(u -> new Agent(id, u.name()));
    }
}
