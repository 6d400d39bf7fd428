package dev.parley.application.learning.port.in;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.CourseSlug;
import dev.parley.domain.shared.OrganizationId;

/** The public catalogue of an organization: its published courses only, readable without a token. */
public interface CatalogQueries {
    Page<CatalogEntry> list(OrganizationId org, CatalogFilter filter, PageRequest page);

    /** A published course by its slug; a draft or archived course is not found. */
    CatalogEntry get(OrganizationId org, CourseSlug slug);
}
