package dev.parley.application.export.port.out;

import java.util.List;

/**
 * Takes an export's rows one at a time, each as its cells in the type's column order; a sink may keep a row's list to
 * write it later, so the caller hands over a list it no longer changes.
 */
public interface ExportSink {
    void row(List<String> cells);
}
