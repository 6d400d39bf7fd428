package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.parley.adapter.persistence.export.FileSystemExportFileStore;
import dev.parley.application.export.port.out.ExportFileStore.ExportDraft;
import dev.parley.application.export.port.out.ExportFileStore.StoredFile;
import dev.parley.domain.export.ExportFile;
import dev.parley.domain.export.ExportJobId;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemExportFileStoreTest {
    @TempDir
    Path directory;

    @Test
    void publishesAWholeFileWhoseSizeAndChecksumMatchItsBytes() throws Exception {
        FileSystemExportFileStore store = new FileSystemExportFileStore(directory.resolve("exports"));
        ExportFile file;
        try (ExportDraft draft = store.draft(new ExportJobId(42), List.of("id", "subject"))) {
            draft.row(List.of("1", "Refund, \"now\"\r\nplease"));
            draft.row(List.of("2", "漢字"));
            assertThat(store.open(new ExportJobId(42))).isEmpty();
            file = draft.publish();
        }

        byte[] bytes;
        try (InputStream in = store.open(new ExportJobId(42)).orElseThrow()) {
            bytes = in.readAllBytes();
        }
        assertThat(file.rowCount()).isEqualTo(2);
        assertThat(file.sizeBytes()).isEqualTo(bytes.length);
        assertThat(file.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        List<List<String>> parsed;
        try (CsvReader<CsvRecord> reader = CsvReader.builder().ofCsvRecord(new String(bytes, java.nio.charset.StandardCharsets.UTF_8))) {
            parsed = reader.stream().map(CsvRecord::getFields).toList();
        }
        assertThat(parsed).containsExactly(List.of("id", "subject"), List.of("1", "Refund, \"now\"\r\nplease"), List.of("2", "漢字"));
        assertThat(listing()).containsExactly("42.csv");
    }

    @Test
    void listsItsPublishedFilesAndDraftsWithTheirJobAndDeletesThemIdempotently() throws IOException {
        Path exports = directory.resolve("exports");
        FileSystemExportFileStore store = new FileSystemExportFileStore(exports);
        assertThat(store.list()).isEmpty();
        try (var done = store.draft(new ExportJobId(41), List.of("id"))) {
            done.publish();
        }
        var crashed = store.draft(new ExportJobId(42), List.of("id"));
        crashed.row(List.of("1"));
        Files.writeString(exports.resolve("notes.txt"), "not an export");
        Files.writeString(exports.resolve("x-1.csv.part"), "not an export either");

        List<StoredFile> listed = store.list();

        assertThat(listed).extracting(f -> f.job().value() + ":" + f.draft()).containsExactlyInAnyOrder("41:false", "42:true");
        assertThat(listed).allSatisfy(f -> assertThat(f.modifiedAt()).isAfter(Instant.now().minusSeconds(60)));
        for (StoredFile file : listed) {
            store.delete(file);
            store.delete(file);
        }
        assertThat(store.list()).isEmpty();
        assertThat(store.open(new ExportJobId(41))).isEmpty();
        assertThat(exports.resolve("notes.txt")).exists();
        crashed.close();
    }

    @Test
    void aDraftClosedUnpublishedLeavesNothingBehindAndKeepsTheEarlierFile() throws IOException {
        FileSystemExportFileStore store = new FileSystemExportFileStore(directory.resolve("exports"));
        try (ExportDraft first = store.draft(new ExportJobId(7), List.of("id"))) {
            first.row(List.of("old"));
            first.publish();
        }

        try (ExportDraft rerun = store.draft(new ExportJobId(7), List.of("id"))) {
            rerun.row(List.of("partial"));
        }

        try (InputStream in = store.open(new ExportJobId(7)).orElseThrow()) {
            assertThat(new String(in.readAllBytes())).isEqualTo("id\r\nold\r\n");
        }
        assertThat(listing()).containsExactly("7.csv");
        assertThatThrownBy(() -> store.open(new ExportJobId(8)).orElseThrow()).isInstanceOf(java.util.NoSuchElementException.class);
    }

    @Test
    void writesMoreRowsThanItQueuesInTheirOrderAndEndsItsWritingThread() throws IOException {
        FileSystemExportFileStore store = new FileSystemExportFileStore(directory.resolve("exports"));
        StringBuilder expected = new StringBuilder("n\r\n");
        ExportFile file;
        try (ExportDraft draft = store.draft(new ExportJobId(9), List.of("n"))) {
            for (int n = 0; n < 50_000; n++) {
                draft.row(List.of(String.valueOf(n)));
                expected.append(n).append("\r\n");
            }
            file = draft.publish();
        }

        try (InputStream in = store.open(new ExportJobId(9)).orElseThrow()) {
            assertThat(new String(in.readAllBytes())).isEqualTo(expected.toString());
        }
        assertThat(file.rowCount()).isEqualTo(50_000);
        assertThat(writingThreads()).isEmpty();
    }

    @Test
    void aDraftClosedWithRowsStillQueuedEndsItsWritingThread() {
        FileSystemExportFileStore store = new FileSystemExportFileStore(directory.resolve("exports"));
        try (ExportDraft draft = store.draft(new ExportJobId(10), List.of("n"))) {
            for (int n = 0; n < 50_000; n++) {
                draft.row(List.of("row " + n));
            }
        }

        assertThat(writingThreads()).isEmpty();
        assertThat(directory.resolve("exports")).isEmptyDirectory();
    }

    private static List<String> writingThreads() {
        return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).filter(name -> name.startsWith("parley-export-writer")).toList();
    }

    private List<String> listing() throws IOException {
        try (Stream<Path> files = Files.list(directory.resolve("exports"))) {
            return files.map(path -> path.getFileName().toString()).toList();
        }
    }
}
