package dev.parley.domain.identity;

import dev.parley.domain.shared.EmailAddress;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.Text;
import dev.parley.domain.shared.TimeZoneName;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person who signs in to an organization with a role, and the time zone their local days are counted in; the password
 * is kept only as an Argon2id hash.
 */
public record User(UserId id, OrganizationId organizationId, EmailAddress email, String name, Role role,
                   Optional<PasswordHash> passwordHash, Instant createdAt, TimeZoneName timeZone) {
    public static final int MAX_NAME = 200;

    public User {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(email, "email");
        name = Text.requireLine("name", name, MAX_NAME);
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(timeZone, "timeZone");
    }

    /** A new person, in UTC until they choose their zone. */
    public static User create(UserId id, OrganizationId organizationId, EmailAddress email, String name, Role role,
                              Optional<PasswordHash> passwordHash, Instant createdAt) {
        return new User(id, organizationId, email, name, role, passwordHash, createdAt, TimeZoneName.UTC);
    }

    public User withTimeZone(TimeZoneName zone) {
        return new User(id, organizationId, email, name, role, passwordHash, createdAt, zone);
    }
}
