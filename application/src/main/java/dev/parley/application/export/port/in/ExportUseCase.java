package dev.parley.application.export.port.in;

import dev.parley.application.identity.port.in.Caller;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.export.ExportJobId;

/** Requesting CSV exports of the caller's organization, following them, and downloading their files. */
public interface ExportUseCase {
    /** Queues an export; a worker generates it later. */
    ExportView request(Caller caller, ExportRequest request);

    /** The organization's export jobs, newest first. */
    Page<ExportView> list(Caller caller, PageRequest page);

    ExportView get(Caller caller, ExportJobId id);

    /** The file of a succeeded job; a conflict while the job has not succeeded. */
    ExportDownload download(Caller caller, ExportJobId id);
}
