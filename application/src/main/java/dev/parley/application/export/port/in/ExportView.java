package dev.parley.application.export.port.in;

import dev.parley.domain.export.ExportJob;
import dev.parley.domain.export.ExportStatus;

/** An export job with the status a reader sees now (a succeeded job past its expiry reads as expired). */
public record ExportView(ExportJob job, ExportStatus status) {
}
