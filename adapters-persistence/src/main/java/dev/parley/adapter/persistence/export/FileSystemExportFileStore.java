package dev.parley.adapter.persistence.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.parley.application.export.port.out.ExportFileStore;
import dev.parley.domain.export.ExportFile;
import dev.parley.domain.export.ExportJobId;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Export files under one directory (e.g. {@code PARLEY_DATA_DIR/exports}): a draft is written by FastCSV (RFC 4180,
 * CRLF, UTF-8) to a uniquely named {@code .part} file while its bytes are counted and hashed, synced to disk, and then
 * renamed atomically to {@code <id>.csv}, so a reader sees either no file or a whole one.
 */
public final class FileSystemExportFileStore implements ExportFileStore {
    private static final Pattern PUBLISHED = Pattern.compile("([0-9]{1,19})\\.csv");
    /** Large writes keep the per-call cost of encoding, hashing and the file system small against a million rows. */
    private static final int BUFFER_CHARS = 64 * 1024;
    private static final Pattern DRAFT = Pattern.compile("([0-9]{1,19})-[0-9]+\\.csv\\.part");

    private final Path directory;

    /** A store under {@code directory}, created when the first draft is written. */
    public FileSystemExportFileStore(Path directory) {
        this.directory = directory;
    }

    @Override
    public ExportDraft draft(ExportJobId id, List<String> header) {
        try {
            Files.createDirectories(directory);
            Draft draft = new Draft(id, Files.createTempFile(directory, id.value() + "-", ".csv.part"));
            draft.write(header);
            return draft;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<InputStream> open(ExportJobId id) {
        try {
            return Optional.of(Files.newInputStream(published(id)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<StoredFile> list() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<StoredFile> stored = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            for (Path entry : entries) {
                storedFile(entry).ifPresent(stored::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stored;
    }

    /** {@code <id>.csv} published, {@code <id>-<random>.csv.part} a draft; anything else is not the store's. */
    private static Optional<StoredFile> storedFile(Path entry) {
        String name = entry.getFileName().toString();
        Matcher published = PUBLISHED.matcher(name);
        Matcher draft = DRAFT.matcher(name);
        boolean isDraft = draft.matches();
        if (!isDraft && !published.matches()) {
            return Optional.empty();
        }
        try {
            long id = Long.parseLong(isDraft ? draft.group(1) : published.group(1));
            Instant modified = Files.getLastModifiedTime(entry, LinkOption.NOFOLLOW_LINKS).toInstant();
            return Optional.of(new StoredFile(new ExportJobId(id), isDraft, name, modified));
        } catch (NumberFormatException | NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(StoredFile file) {
        try {
            Files.deleteIfExists(directory.resolve(file.name()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path published(ExportJobId id) {
        return directory.resolve(id.value() + ".csv");
    }

    private final class Draft implements ExportDraft {
        private final ExportJobId id;
        private final Path temporary;
        private final FileOutputStream file;
        private final HashingCounter counter;
        private final CsvWriter writer;
        private long rows;
        private ExportFile completed;
        private boolean finished;

        Draft(ExportJobId id, Path temporary) throws IOException {
            this.id = id;
            this.temporary = temporary;
            this.file = new FileOutputStream(temporary.toFile());
            this.counter = new HashingCounter(file);
            this.writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(BUFFER_CHARS).build(counter, StandardCharsets.UTF_8);
        }

        void write(List<String> cells) {
            writer.writeRecord(cells);
        }

        @Override
        public void row(List<String> cells) {
            write(cells);
            rows++;
        }

        @Override
        public ExportFile complete() {
            if (completed == null) {
                try {
                    writer.flush();
                    file.getFD().sync();
                    writer.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                completed = new ExportFile(rows, counter.bytes, counter.hex());
            }
            return completed;
        }

        @Override
        public ExportFile publish() {
            ExportFile file = complete();
            try {
                Files.move(temporary, published(id), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            finished = true;
            return file;
        }

        @Override
        public void close() {
            if (finished) {
                return;
            }
            finished = true;
            try {
                writer.close();
            } catch (IOException | RuntimeException ignored) {
                // the draft is thrown away either way
            }
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Counts and hashes the bytes on their way to the file. */
    private static final class HashingCounter extends FilterOutputStream {
        private final MessageDigest sha256;
        private long bytes;

        HashingCounter(OutputStream out) {
            super(out);
            try {
                this.sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            sha256.update((byte) b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            sha256.update(b, off, len);
            bytes += len;
        }

        String hex() {
            return HexFormat.of().formatHex(sha256.digest());
        }
    }
}
