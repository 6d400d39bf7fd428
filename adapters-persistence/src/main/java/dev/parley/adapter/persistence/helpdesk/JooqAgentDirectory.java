package dev.parley.adapter.persistence.helpdesk;

import static dev.parley.adapter.persistence.jooq.Tables.USERS;

import dev.parley.application.helpdesk.port.out.AgentDirectory;
import dev.parley.domain.helpdesk.Agent;
import dev.parley.domain.helpdesk.AgentId;
import dev.parley.domain.identity.Role;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;
import org.jooq.DSLContext;

/** The organization's users with the {@code agent} role; an agent's id is the user's id. */
public final class JooqAgentDirectory implements AgentDirectory {
    private final DSLContext dsl;

    public JooqAgentDirectory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<Agent> find(OrganizationId org, AgentId id) {
        return dsl.select(USERS.ID, USERS.NAME)
                .from(USERS)
                .where(USERS.ORGANIZATION_ID.eq(org.value()), USERS.ID.eq(id.value()), USERS.ROLE.eq(Role.AGENT.wireName()))
                .fetchOptional(r -> new Agent(new AgentId(r.value1()), r.value2()));
    }
}
