package dev.parley.application.export.port.in;

/** What a background worker does: take the next waiting export and generate it. */
public interface ExportWorkUseCase {
    /** Claims one export and runs it to its end; false when none could be claimed. */
    boolean runNext();
}
