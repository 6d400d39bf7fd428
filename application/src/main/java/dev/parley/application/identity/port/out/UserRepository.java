package dev.parley.application.identity.port.out;

import dev.parley.domain.identity.User;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.shared.EmailAddress;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.TimeZoneName;
import java.util.Optional;

/** Stores the people of each organization; e-mail addresses are unique across Parley so sign-in needs no tenant. */
public interface UserRepository {
    void add(User user);

    Optional<User> find(OrganizationId org, UserId id);

    /** Sets the person's time zone; another organization's person is left alone. */
    void changeTimeZone(OrganizationId org, UserId id, TimeZoneName zone);

    /** For sign-in only, before the tenant is known. */
    Optional<User> findByEmail(EmailAddress email);
}
