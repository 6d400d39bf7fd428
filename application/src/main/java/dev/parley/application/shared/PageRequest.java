package dev.parley.application.shared;

import dev.parley.domain.shared.InvalidInput;

/** A 1-based page number and a page size, validated against the surface's maximum. */
public record PageRequest(int page, int perPage) {
    public PageRequest {
        if (page < 1) {
            throw new InvalidInput("page", "must be at least 1");
        }
        if (perPage < 1) {
            throw new InvalidInput("per_page", "must be at least 1");
        }
    }

    public static PageRequest of(int page, int perPage, int maxPerPage) {
        if (perPage > maxPerPage) {
            throw new InvalidInput("per_page", "must be at most " + maxPerPage);
        }
        return new PageRequest(page, perPage);
    }

    public long offset() {
        return (long) (page - 1) * perPage;
    }
}
