package dev.parley.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.fake.FakePasswordHasher;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.identity.port.in.Caller;
import dev.parley.domain.identity.Abilities;
import dev.parley.domain.identity.ApiTokenId;
import dev.parley.domain.identity.Organization;
import dev.parley.domain.identity.Role;
import dev.parley.domain.identity.User;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.EmailAddress;
import dev.parley.domain.shared.Forbidden;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.TimeZoneName;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AdministrationServiceTest {
    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final FakePasswordHasher hasher = new FakePasswordHasher();
    private final AdministrationService admin = new AdministrationService(adapters.organizations(), adapters.users(), hasher,
            new SequentialIdGenerator(500), clock);

    @Test
    void creates_an_organization_with_a_new_id_and_the_current_time() {
        assertThat(admin.anyOrganizationExists()).isFalse();

        Organization acme = admin.createOrganization("acme", "  Acme Learning ");

        assertThat(acme).isEqualTo(new Organization(new OrganizationId(500), acme.slug(), "Acme Learning", clock.instant()));
        assertThat(admin.organizationBySlug("acme")).isEqualTo(acme);
        assertThat(admin.anyOrganizationExists()).isTrue();
    }

    @Test
    void a_taken_or_malformed_slug_is_refused() {
        admin.createOrganization("acme", "Acme");

        assertThatThrownBy(() -> admin.createOrganization("acme", "Another"))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("organization.slug_taken"));
        assertThatThrownBy(() -> admin.createOrganization("Not A Slug", "Bad"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("slug"));
        assertThat(adapters.organizations().count()).isEqualTo(1);
    }

    @Test
    void finds_an_organization_by_slug_and_nothing_for_an_unknown_or_malformed_one() {
        Organization acme = admin.createOrganization("acme", "Acme");

        assertThat(admin.findBySlug("acme")).contains(acme);
        assertThat(admin.findBySlug("globex")).isEmpty();
        assertThat(admin.findBySlug("Not A Slug")).isEmpty();
        assertThat(admin.findBySlug(null)).isEmpty();
    }

    @Test
    void creates_users_with_a_hashed_password_or_none() {
        admin.createOrganization("acme", "Acme");

        User grace = admin.createUser("acme", "Grace@Example.com", "Grace", Role.INSTRUCTOR, Optional.of("long enough secret"));
        User sso = admin.createUser("acme", "sso@example.com", "Sso", Role.LEARNER, Optional.empty());

        assertThat(adapters.users().findByEmail(new EmailAddress("grace@example.com"))).contains(grace);
        assertThat(grace.email().value()).isEqualTo("Grace@Example.com");
        assertThat(grace.passwordHash()).hasValueSatisfying(h -> assertThat(hasher.verify("long enough secret", h)).isTrue());
        assertThat(grace.passwordHash().orElseThrow().phc()).isNotEqualTo("long enough secret");
        assertThat(sso.passwordHash()).isEmpty();
    }

    @Test
    void refuses_a_taken_address_an_unknown_organization_and_a_short_password() {
        admin.createOrganization("acme", "Acme");
        admin.createOrganization("globex", "Globex");
        admin.createUser("acme", "grace@example.com", "Grace", Role.ADMIN, Optional.empty());

        assertThatThrownBy(() -> admin.createUser("globex", "GRACE@example.com", "Other", Role.ADMIN, Optional.empty()))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("user.email_taken"));
        assertThatThrownBy(() -> admin.createUser("initech", "bob@example.com", "Bob", Role.ADMIN, Optional.empty()))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo("organization.not_found"));
        assertThatThrownBy(() -> admin.createUser("acme", "bob@example.com", "Bob", Role.ADMIN, Optional.of("short")))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("password"));
        assertThat(adapters.users().findByEmail(new EmailAddress("bob@example.com"))).isEmpty();
    }

    @Test
    void finds_a_user_by_address_only_within_the_named_organization() {
        admin.createOrganization("acme", "Acme");
        admin.createOrganization("globex", "Globex");
        User grace = admin.createUser("acme", "grace@example.com", "Grace", Role.ADMIN, Optional.empty());

        assertThat(admin.userByEmail("acme", "GRACE@example.com")).isEqualTo(grace);
        assertThatThrownBy(() -> admin.userByEmail("globex", "grace@example.com")).isInstanceOf(NotFound.class);
    }

    @Test
    void tells_a_caller_its_organization_and_for_a_personal_token_its_user() {
        Organization acme = admin.createOrganization("acme", "Acme");
        User grace = admin.createUser("acme", "grace@example.com", "Grace", Role.ADMIN, Optional.empty());
        Caller personal = new Caller(acme.id(), new ApiTokenId(1), Optional.of(grace.id()), Optional.of("Grace"), Abilities.everything(), 300);
        Caller integration = new Caller(acme.id(), new ApiTokenId(2), Optional.empty(), Optional.empty(), Abilities.everything(), 300);

        assertThat(admin.organization(personal)).isEqualTo(acme);
        assertThat(admin.user(personal)).contains(grace);
        assertThat(admin.user(integration)).isEmpty();
    }

    @Test
    void a_person_sets_their_own_time_zone_and_an_integration_token_has_none_to_set() {
        Organization acme = admin.createOrganization("acme", "Acme");
        User grace = admin.createUser("acme", "grace@example.com", "Grace", Role.LEARNER, Optional.empty());
        Caller personal = new Caller(acme.id(), new ApiTokenId(1), Optional.of(grace.id()), Optional.of("Grace"), Abilities.everything(), 300);
        Caller integration = new Caller(acme.id(), new ApiTokenId(2), Optional.empty(), Optional.empty(), Abilities.everything(), 300);
        TimeZoneName tokyo = new TimeZoneName("Asia/Tokyo");

        assertThat(grace.timeZone()).isEqualTo(TimeZoneName.UTC);
        assertThat(admin.changeTimeZone(personal, tokyo)).isEqualTo(grace.withTimeZone(tokyo));
        assertThat(admin.user(personal).orElseThrow().timeZone()).isEqualTo(tokyo);
        assertThatThrownBy(() -> admin.changeTimeZone(integration, tokyo))
                .isInstanceOfSatisfying(Forbidden.class, e -> assertThat(e.code()).isEqualTo("user.required"));
    }
}
