package dev.parley.application.export.port.out;

import java.util.List;

/** Takes an export's rows one at a time, each as its cells in the type's column order. */
public interface ExportSink {
    void row(List<String> cells);
}
