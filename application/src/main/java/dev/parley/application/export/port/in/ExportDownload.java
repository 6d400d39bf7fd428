package dev.parley.application.export.port.in;

import dev.parley.domain.export.ExportFile;
import dev.parley.domain.export.ExportJob;
import java.io.InputStream;

/** The answer to a download: the published file's bytes, or word that it has expired. */
public sealed interface ExportDownload {
    ExportJob job();

    /** The file, to be streamed and then closed. */
    record Available(ExportJob job, ExportFile file, InputStream content) implements ExportDownload {
    }

    /** The file was kept for its retention period and is gone. */
    record Expired(ExportJob job) implements ExportDownload {
    }
}
