package dev.parley.domain.shared;

/** Identity of a tenant; every repository call is scoped by it. */
public record OrganizationId(long value) {
    public OrganizationId {
        if (value <= 0) {
            throw new IllegalArgumentException("organization id must be positive");
        }
    }
}
