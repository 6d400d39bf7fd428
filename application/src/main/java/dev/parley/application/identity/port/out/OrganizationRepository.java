package dev.parley.application.identity.port.out;

import dev.parley.domain.identity.Organization;
import dev.parley.domain.identity.OrganizationSlug;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;

/** Stores organizations; the one repository not scoped by a tenant, because it holds the tenants. */
public interface OrganizationRepository {
    void add(Organization organization);

    Optional<Organization> find(OrganizationId id);

    Optional<Organization> findBySlug(OrganizationSlug slug);

    long count();
}
