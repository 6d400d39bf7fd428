package dev.parley.application.export.port.out;

import dev.parley.domain.export.ExportFilters;
import dev.parley.domain.export.ExportType;
import dev.parley.domain.shared.OrganizationId;

/**
 * Reads the rows of an export from the system of record, one organization's only, and pushes them into a sink as
 * they arrive, so no export is ever held in memory whole. Cells are plain text: ISO-8601 instants, {@code true} or
 * {@code false}, and an empty cell for a missing value.
 */
public interface ExportRowSource {
    void stream(OrganizationId org, ExportType type, ExportFilters filters, ExportSink sink);

    /** True when the organization has a course with this id, so a filter on it can match. */
    boolean hasCourse(OrganizationId org, long courseId);
}
