package dev.parley.application.export.port.in;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.export.ExportJobId;
import dev.parley.domain.shared.OrganizationId;

/** Requesting CSV exports of an organization, following them, and downloading their files. */
public interface ExportUseCase {
    /** Queues an export; a worker generates it later. */
    ExportView request(OrganizationId org, ExportRequest request);

    /** The organization's export jobs, newest first. */
    Page<ExportView> list(OrganizationId org, PageRequest page);

    ExportView get(OrganizationId org, ExportJobId id);

    /** The file of a succeeded job; a conflict while the job has not succeeded. */
    ExportDownload download(OrganizationId org, ExportJobId id);
}
