package dev.parley.adapter.persistence.identity;

import static dev.parley.adapter.persistence.jooq.Tables.USERS;

import dev.parley.adapter.persistence.jooq.Keys;
import dev.parley.adapter.persistence.jooq.tables.records.UsersRecord;
import dev.parley.adapter.persistence.shared.UniqueViolation;
import dev.parley.application.identity.port.out.UserRepository;
import dev.parley.domain.identity.PasswordHash;
import dev.parley.domain.identity.Role;
import dev.parley.domain.identity.User;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.EmailAddress;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.TimeZoneName;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** People in {@code users}; the lower-cased address is unique across organizations. */
public final class JooqUserRepository implements UserRepository {
    private final DSLContext dsl;

    public JooqUserRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(User user) {
        try {
            dsl.insertInto(USERS)
                    .set(USERS.ID, user.id().value())
                    .set(USERS.ORGANIZATION_ID, user.organizationId().value())
                    .set(USERS.EMAIL, user.email().value())
                    .set(USERS.EMAIL_NORMALIZED, user.email().normalized())
                    .set(USERS.NAME, user.name())
                    .set(USERS.ROLE, user.role().wireName())
                    .set(USERS.PASSWORD_HASH, user.passwordHash().map(PasswordHash::phc).orElse(null))
                    .set(USERS.CREATED_AT, user.createdAt())
                    .set(USERS.TIME_ZONE, user.timeZone().value())
                    .execute();
        } catch (DataAccessException e) {
            if (UniqueViolation.of(e, Keys.USERS_EMAIL_NORMALIZED_KEY)) {
                throw new Conflict("user.email_taken", "A user with e-mail " + user.email().value() + " already exists.");
            }
            throw e;
        }
    }

    @Override
    public Optional<User> find(OrganizationId org, UserId id) {
        return dsl.selectFrom(USERS)
                .where(USERS.ORGANIZATION_ID.eq(org.value()), USERS.ID.eq(id.value()))
                .fetchOptional(JooqUserRepository::toUser);
    }

    @Override
    public void changeTimeZone(OrganizationId org, UserId id, TimeZoneName zone) {
        dsl.update(USERS).set(USERS.TIME_ZONE, zone.value())
                .where(USERS.ORGANIZATION_ID.eq(org.value()), USERS.ID.eq(id.value()))
                .execute();
    }

    @Override
    public Optional<User> findByEmail(EmailAddress email) {
        return dsl.selectFrom(USERS).where(USERS.EMAIL_NORMALIZED.eq(email.normalized())).fetchOptional(JooqUserRepository::toUser);
    }

    private static User toUser(UsersRecord r) {
        return new User(new UserId(r.getId()), new OrganizationId(r.getOrganizationId()), new EmailAddress(r.getEmail()),
                r.getName(), Role.parse("role", r.getRole()), Optional.ofNullable(r.getPasswordHash()).map(PasswordHash::new),
                r.getCreatedAt(), new TimeZoneName(r.getTimeZone()));
    }
}
