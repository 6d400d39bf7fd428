package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.helpdesk.Agent;
import dev.parley.domain.helpdesk.AgentId;
import dev.parley.domain.identity.Organization;
import dev.parley.domain.identity.OrganizationSlug;
import dev.parley.domain.identity.Role;
import dev.parley.domain.identity.User;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.EmailAddress;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.TimeZoneName;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the organization and user repositories and the agent directory must do, tenancy included. */
public abstract class UserAndOrganizationRepositoryContractTest {
    private Adapters adapters;
    private Seed seed;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void start() {
        adapters = adapters();
        seed = new Seed(adapters);
    }

    @Test
    void an_organization_is_found_by_id_and_by_slug() {
        Organization acme = new Organization(new OrganizationId(7), new OrganizationSlug("acme"), "Acme Learning", T0);
        adapters.organizations().add(acme);

        assertThat(adapters.organizations().find(new OrganizationId(7))).contains(acme);
        assertThat(adapters.organizations().findBySlug(new OrganizationSlug("acme"))).contains(acme);
        assertThat(adapters.organizations().find(new OrganizationId(8))).isEmpty();
        assertThat(adapters.organizations().findBySlug(new OrganizationSlug("globex"))).isEmpty();
    }

    @Test
    void organizations_are_counted() {
        assertThat(adapters.organizations().count()).isZero();
        seed.organization(1, "acme");
        seed.organization(2, "globex");

        assertThat(adapters.organizations().count()).isEqualTo(2);
    }

    @Test
    void a_taken_slug_is_a_conflict() {
        seed.organization(1, "acme");

        assertThatThrownBy(() -> seed.organization(2, "acme"))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("organization.slug_taken"));
        assertThat(adapters.organizations().count()).isEqualTo(1);
    }

    @Test
    void a_user_comes_back_exactly_as_added() {
        OrganizationId org = seed.organization(1, "acme");
        User grace = seed.user(org, 11, "Grace.Hopper@Example.com", Role.INSTRUCTOR);
        User noPassword = User.create(new UserId(12), org, new EmailAddress("ada@example.com"), "Ada", Role.LEARNER, Optional.empty(), T0);
        adapters.users().add(noPassword);

        assertThat(adapters.users().find(org, grace.id())).contains(grace);
        assertThat(adapters.users().find(org, noPassword.id())).contains(noPassword);
    }

    @Test
    void a_user_starts_in_utc_and_keeps_the_time_zone_set_only_in_its_own_organization() {
        OrganizationId org = seed.organization(1, "acme");
        OrganizationId other = seed.organization(2, "globex");
        User grace = seed.user(org, 11, "grace@example.com", Role.LEARNER);
        TimeZoneName kathmandu = new TimeZoneName("Asia/Kathmandu");

        adapters.users().changeTimeZone(org, grace.id(), kathmandu);
        adapters.users().changeTimeZone(other, grace.id(), TimeZoneName.UTC);

        assertThat(grace.timeZone()).isEqualTo(TimeZoneName.UTC);
        assertThat(adapters.users().find(org, grace.id())).contains(grace.withTimeZone(kathmandu));
        assertThat(adapters.users().findByEmail(grace.email()).orElseThrow().timeZone()).isEqualTo(kathmandu);
    }

    @Test
    void a_user_is_found_by_address_in_any_case_and_keeps_it_as_written() {
        OrganizationId org = seed.organization(1, "acme");
        User grace = seed.user(org, 11, "Grace.Hopper@Example.com", Role.ADMIN);

        Optional<User> found = adapters.users().findByEmail(new EmailAddress("grace.hopper@EXAMPLE.com"));

        assertThat(found).contains(grace);
        assertThat(found.orElseThrow().email().value()).isEqualTo("Grace.Hopper@Example.com");
        assertThat(adapters.users().findByEmail(new EmailAddress("nobody@example.com"))).isEmpty();
    }

    @Test
    void another_organizations_user_is_not_found_by_id() {
        OrganizationId org = seed.organization(1, "acme");
        OrganizationId other = seed.organization(2, "globex");
        User grace = seed.user(org, 11, "grace@example.com", Role.ADMIN);

        assertThat(adapters.users().find(other, grace.id())).isEmpty();
    }

    @Test
    void an_address_is_unique_across_organizations_whatever_its_case() {
        OrganizationId org = seed.organization(1, "acme");
        OrganizationId other = seed.organization(2, "globex");
        seed.user(org, 11, "grace@example.com", Role.ADMIN);

        assertThatThrownBy(() -> seed.user(other, 21, "GRACE@example.com", Role.LEARNER))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("user.email_taken"));
        assertThat(adapters.users().find(other, new UserId(21))).isEmpty();
    }

    @Test
    void the_agent_directory_holds_only_the_organizations_agents() {
        OrganizationId org = seed.organization(1, "acme");
        OrganizationId other = seed.organization(2, "globex");
        seed.agent(org, 11);
        seed.user(org, 12, "learner@example.com", Role.LEARNER);
        seed.user(org, 13, "admin@example.com", Role.ADMIN);
        seed.agent(other, 21);

        assertThat(adapters.agents().find(org, new AgentId(11))).contains(new Agent(new AgentId(11), "Person 11"));
        assertThat(adapters.agents().find(org, new AgentId(12))).isEmpty();
        assertThat(adapters.agents().find(org, new AgentId(13))).isEmpty();
        assertThat(adapters.agents().find(org, new AgentId(21))).isEmpty();
        assertThat(adapters.agents().find(org, new AgentId(99))).isEmpty();
    }
}
