package dev.parley.application.identity;

import dev.parley.application.identity.port.in.AdministrationUseCase;
import dev.parley.application.identity.port.in.Caller;
import dev.parley.application.identity.port.in.CurrentUserQueries;
import dev.parley.application.identity.port.in.OrganizationQueries;
import dev.parley.application.identity.port.in.UserSettingsUseCase;
import dev.parley.application.identity.port.out.OrganizationRepository;
import dev.parley.application.identity.port.out.PasswordHasher;
import dev.parley.application.identity.port.out.UserRepository;
import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.domain.identity.Organization;
import dev.parley.domain.identity.OrganizationSlug;
import dev.parley.domain.identity.Password;
import dev.parley.domain.identity.Role;
import dev.parley.domain.identity.User;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.EmailAddress;
import dev.parley.domain.shared.Forbidden;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.TimeZoneName;
import java.time.Clock;
import java.util.Optional;

/** Creates organizations and users, finds organizations by slug, answers who a caller is, and keeps their settings. */
public final class AdministrationService implements AdministrationUseCase, CurrentUserQueries, OrganizationQueries,
        UserSettingsUseCase {
    private final OrganizationRepository organizations;
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final IdGenerator ids;
    private final Clock clock;

    public AdministrationService(OrganizationRepository organizations, UserRepository users, PasswordHasher hasher,
                                 IdGenerator ids, Clock clock) {
        this.organizations = organizations;
        this.users = users;
        this.hasher = hasher;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Organization createOrganization(String slug, String name) {
        OrganizationSlug validSlug = new OrganizationSlug(slug);
        if (organizations.findBySlug(validSlug).isPresent()) {
            throw new Conflict("organization.slug_taken", "An organization with slug " + slug + " already exists.");
        }
        Organization organization = new Organization(new OrganizationId(ids.newLongId()), validSlug, name, clock.instant());
        organizations.add(organization);
        return organization;
    }

    @Override
    public User createUser(String organizationSlug, String email, String name, Role role, Optional<String> password) {
        Organization organization = organizationBySlug(organizationSlug);
        EmailAddress address = EmailAddress.of("email", email);
        if (users.findByEmail(address).isPresent()) {
            throw new Conflict("user.email_taken", "A user with e-mail " + address.value() + " already exists.");
        }
        User user = User.create(new UserId(ids.newLongId()), organization.id(), address, name, role,
                password.map(Password::new).map(hasher::hash), clock.instant());
        users.add(user);
        return user;
    }

    @Override
    public Organization organizationBySlug(String slug) {
        return organizations.findBySlug(new OrganizationSlug(slug)).orElseThrow(() -> new NotFound("organization", slug));
    }

    @Override
    public Optional<Organization> findBySlug(String slug) {
        return OrganizationSlug.isValid(slug) ? organizations.findBySlug(new OrganizationSlug(slug)) : Optional.empty();
    }

    @Override
    public User userByEmail(String organizationSlug, String email) {
        Organization organization = organizationBySlug(organizationSlug);
        return users.findByEmail(EmailAddress.of("email", email))
                .filter(u -> u.organizationId().equals(organization.id()))
                .orElseThrow(() -> new NotFound("user", email));
    }

    @Override
    public boolean anyOrganizationExists() {
        return organizations.count() > 0;
    }

    @Override
    public Organization organization(Caller caller) {
        return organizations.find(caller.organizationId()).orElseThrow(() -> new NotFound("organization", caller.organizationId().value()));
    }

    @Override
    public Optional<User> user(Caller caller) {
        return caller.userId().flatMap(id -> users.find(caller.organizationId(), id));
    }

    @Override
    public User changeTimeZone(Caller caller, TimeZoneName zone) {
        User user = user(caller).orElseThrow(() ->
                new Forbidden("user.required", "This token belongs to no user, so there are no settings to change."));
        users.changeTimeZone(caller.organizationId(), user.id(), zone);
        return user.withTimeZone(zone);
    }
}
