package dev.parley.adapter.http.b2b;

import dev.parley.adapter.http.b2b.dto.ExportResponse;
import dev.parley.adapter.http.b2b.dto.ExportResponse.ExportFiltersResponse;
import dev.parley.adapter.http.support.Timestamps;
import dev.parley.application.export.port.in.ExportView;
import dev.parley.domain.export.ExportFile;
import dev.parley.domain.export.ExportJob;
import dev.parley.domain.export.ExportStatus;
import java.time.LocalDate;

/** Export jobs as the b2b surface shows them. */
final class ExportDtoMapper {
    private ExportDtoMapper() {
    }

    static ExportResponse toExport(ExportView view) {
        ExportJob job = view.job();
        return new ExportResponse(job.id().value(), job.type().wireName(), view.status().wireName(),
                new ExportFiltersResponse(job.filters().from().map(LocalDate::toString).orElse(null),
                        job.filters().to().map(LocalDate::toString).orElse(null),
                        job.filters().courseId().orElse(null)),
                job.file().map(ExportFile::rowCount).orElse(null),
                job.file().map(ExportFile::sizeBytes).orElse(null),
                job.file().map(ExportFile::sha256).orElse(null),
                job.failureReason().orElse(null),
                view.status() == ExportStatus.SUCCEEDED ? ExportRoutes.PATH + "/" + job.id().value() + "/download" : null,
                Timestamps.micros(job.createdAt()),
                Timestamps.micros(job.startedAt().orElse(null)),
                Timestamps.micros(job.finishedAt().orElse(null)),
                Timestamps.micros(job.expiresAt().orElse(null)));
    }
}
