package dev.parley.application.identity.port.in;

import dev.parley.domain.identity.Organization;
import java.util.Optional;

/** Finds an organization by its public handle, for routes that serve anyone without a token. */
public interface OrganizationQueries {
    /** The organization with this slug; empty for an unknown or malformed slug. */
    Optional<Organization> findBySlug(String slug);
}
