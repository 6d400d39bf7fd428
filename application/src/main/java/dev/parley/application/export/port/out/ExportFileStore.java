package dev.parley.application.export.port.out;

import dev.parley.domain.export.ExportFile;
import dev.parley.domain.export.ExportJobId;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where export files live: written as drafts readers never see, then published whole with their checksum. */
public interface ExportFileStore {
    /** A new draft of the job's file, its header already written. */
    ExportDraft draft(ExportJobId id, List<String> header);

    /** The job's published file from its first byte, or empty when none was published (or it is gone). */
    Optional<InputStream> open(ExportJobId id);

    /** Every file the store holds, published or draft, with its job and when it was last written; for housekeeping. */
    List<StoredFile> list();

    /** Deletes a listed file; nothing happens when it is gone already (another server deleted it, or a run published it). */
    void delete(StoredFile file);

    /** A file in the store: the job it belongs to, whether it is a draft, its name in the store, and its last write. */
    record StoredFile(ExportJobId job, boolean draft, String name, Instant modifiedAt) {
    }

    /** A file being written; closing it unpublished throws it away. */
    interface ExportDraft extends ExportSink, AutoCloseable {
        /** Finishes writing and makes the draft durable, still unseen; what it holds, counted and hashed. */
        ExportFile complete();

        /** Completes the draft if need be, then makes it visible at once and whole, replacing any earlier one of the job. */
        ExportFile publish();

        @Override
        void close();
    }
}
