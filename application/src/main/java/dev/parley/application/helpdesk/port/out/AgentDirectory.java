package dev.parley.application.helpdesk.port.out;

import dev.parley.domain.helpdesk.Agent;
import dev.parley.domain.helpdesk.AgentId;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;

/** The agents of an organization, as the helpdesk sees them. */
public interface AgentDirectory {
    Optional<Agent> find(OrganizationId org, AgentId id);
}
