package dev.parley.application.identity.port.in;

import dev.parley.domain.identity.Organization;
import dev.parley.domain.identity.User;
import java.util.Optional;

/** Who the caller is: their organization and, for a personal token, their user. */
public interface CurrentUserQueries {
    Organization organization(Caller caller);

    Optional<User> user(Caller caller);
}
