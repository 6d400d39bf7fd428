package dev.parley.adapter.persistence.identity;

import static dev.parley.adapter.persistence.jooq.Tables.ORGANIZATIONS;

import dev.parley.adapter.persistence.jooq.Keys;
import dev.parley.adapter.persistence.jooq.tables.records.OrganizationsRecord;
import dev.parley.adapter.persistence.shared.UniqueViolation;
import dev.parley.application.identity.port.out.OrganizationRepository;
import dev.parley.domain.identity.Organization;
import dev.parley.domain.identity.OrganizationSlug;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/** Organizations in {@code organizations}. */
public final class JooqOrganizationRepository implements OrganizationRepository {
    private final DSLContext dsl;

    public JooqOrganizationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void add(Organization organization) {
        try {
            dsl.insertInto(ORGANIZATIONS)
                    .set(ORGANIZATIONS.ID, organization.id().value())
                    .set(ORGANIZATIONS.SLUG, organization.slug().value())
                    .set(ORGANIZATIONS.NAME, organization.name())
                    .set(ORGANIZATIONS.CREATED_AT, organization.createdAt())
                    .execute();
        } catch (DataAccessException e) {
            if (UniqueViolation.of(e, Keys.ORGANIZATIONS_SLUG_KEY)) {
                throw new Conflict("organization.slug_taken",
                        "An organization with slug " + organization.slug().value() + " already exists.");
            }
            throw e;
        }
    }

    @Override
    public Optional<Organization> find(OrganizationId id) {
        return dsl.selectFrom(ORGANIZATIONS).where(ORGANIZATIONS.ID.eq(id.value())).fetchOptional(JooqOrganizationRepository::toOrganization);
    }

    @Override
    public Optional<Organization> findBySlug(OrganizationSlug slug) {
        return dsl.selectFrom(ORGANIZATIONS).where(ORGANIZATIONS.SLUG.eq(slug.value())).fetchOptional(JooqOrganizationRepository::toOrganization);
    }

    @Override
    public long count() {
        return dsl.fetchCount(ORGANIZATIONS);
    }

    private static Organization toOrganization(OrganizationsRecord r) {
        return new Organization(new OrganizationId(r.getId()), new OrganizationSlug(r.getSlug()), r.getName(), r.getCreatedAt());
    }
}
