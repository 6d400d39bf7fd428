package dev.parley.application.fake;

import dev.parley.application.identity.port.out.UserRepository;
import dev.parley.domain.identity.Role;
import dev.parley.domain.identity.User;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.EmailAddress;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.TimeZoneName;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Users in a map; addresses are unique across organizations, compared in lower case. */
public final class InMemoryUserRepository implements UserRepository {
    private final Map<UserId, User> byId = new LinkedHashMap<>();

    @Override
    public synchronized void add(User user) {
        if (findByEmail(user.email()).isPresent()) {
            throw new Conflict("user.email_taken", "A user with e-mail " + user.email().value() + " already exists.");
        }
        if (byId.containsKey(user.id())) {
            throw new IllegalStateException("duplicate user id " + user.id().value());
        }
        byId.put(user.id(), user);
    }

    @Override
    public synchronized Optional<User> find(OrganizationId org, UserId id) {
        return Optional.ofNullable(byId.get(id)).filter(u -> u.organizationId().equals(org));
    }

    @Override
    public synchronized void changeTimeZone(OrganizationId org, UserId id, TimeZoneName zone) {
        find(org, id).ifPresent(user -> byId.put(id, user.withTimeZone(zone)));
    }

    /** How many people of the organization have the role. */
    synchronized long count(OrganizationId org, Role role) {
        return byId.values().stream().filter(u -> u.organizationId().equals(org) && u.role() == role).count();
    }

    @Override
    public synchronized Optional<User> findByEmail(EmailAddress email) {
        return byId.values().stream().filter(u -> u.email().normalized().equals(email.normalized())).findFirst();
    }
}
