package dev.parley.application.export.port.out;

import dev.parley.domain.export.ExportFile;
import dev.parley.domain.export.ExportJobId;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/** Where export files live: written as drafts readers never see, then published whole with their checksum. */
public interface ExportFileStore {
    /** A new draft of the job's file, its header already written. */
    ExportDraft draft(ExportJobId id, List<String> header);

    /** The job's published file from its first byte, or empty when none was published (or it is gone). */
    Optional<InputStream> open(ExportJobId id);

    /** A file being written; closing it unpublished throws it away. */
    interface ExportDraft extends ExportSink, AutoCloseable {
        /** Makes the file visible at once and whole, replacing any earlier one of the same job. */
        ExportFile publish();

        @Override
        void close();
    }
}
