package dev.parley.application.fake;

import dev.parley.application.identity.port.out.OrganizationRepository;
import dev.parley.domain.identity.Organization;
import dev.parley.domain.identity.OrganizationSlug;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Organizations in a map; a taken slug is a {@code Conflict}, as the unique index makes it in PostgreSQL. */
public final class InMemoryOrganizationRepository implements OrganizationRepository {
    private final Map<OrganizationId, Organization> byId = new LinkedHashMap<>();

    @Override
    public synchronized void add(Organization organization) {
        if (findBySlug(organization.slug()).isPresent()) {
            throw new Conflict("organization.slug_taken", "An organization with slug " + organization.slug().value() + " already exists.");
        }
        if (byId.containsKey(organization.id())) {
            throw new IllegalStateException("duplicate organization id " + organization.id().value());
        }
        byId.put(organization.id(), organization);
    }

    @Override
    public synchronized Optional<Organization> find(OrganizationId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized Optional<Organization> findBySlug(OrganizationSlug slug) {
        return byId.values().stream().filter(o -> o.slug().equals(slug)).findFirst();
    }

    @Override
    public synchronized long count() {
        return byId.size();
    }
}
