package dev.parley.application.export.port.in;

import dev.parley.domain.export.ExportFilters;
import dev.parley.domain.export.ExportType;

/** What a client asks to export. */
public record ExportRequest(ExportType type, ExportFilters filters) {
}
