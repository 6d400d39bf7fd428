package dev.parley.domain.identity;

import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.Text;
import java.time.Instant;
import java.util.Objects;

/** A tenant: a school, company or broadcaster whose data is isolated from every other. */
public record Organization(OrganizationId id, OrganizationSlug slug, String name, Instant createdAt) {
    public static final int MAX_NAME = 200;

    public Organization {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slug, "slug");
        name = Text.requireLine("name", name, MAX_NAME);
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
