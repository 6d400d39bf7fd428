package dev.parley.adapter.persistence.export;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.parley.application.export.port.out.ExportFileStore;
import dev.parley.domain.export.ExportFile;
import dev.parley.domain.export.ExportJobId;
import java.io.BufferedOutputStream;
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
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Export files under one directory (e.g. {@code PARLEY_DATA_DIR/exports}): a draft is written by FastCSV (RFC 4180,
 * CRLF, UTF-8) to a uniquely named {@code .part} file while its bytes are counted and hashed, synced to disk, and then
 * renamed atomically to {@code <id>.csv}, so a reader sees either no file or a whole one.
 */
public final class FileSystemExportFileStore implements ExportFileStore {
    private static final Pattern PUBLISHED = Pattern.compile("([0-9]{1,19})\\.csv");
    /** Large writes keep the per-call cost of encoding and hashing small against a million rows. */
    private static final int BUFFER_CHARS = 64 * 1024;
    /** The encoder hands over 8 KB at a time; the file gets them in fewer, larger writes. */
    private static final int FILE_BUFFER_BYTES = 256 * 1024;
    /** Rows handed to the writing thread at once, so the two threads meet once per batch rather than once per row. */
    private static final int BATCH_ROWS = 256;
    /** Batches read but not yet written; 4,096 rows, a few megabytes at most. */
    private static final int QUEUED_BATCHES = 16;
    /** Tells the writing thread that no row follows; compared by identity, so no batch can be mistaken for it. */
    private static final List<List<String>> END = new ArrayList<>(0);
    private static final long HANDOVER_WAIT_MILLIS = 100;
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
            return new Draft(id, Files.createTempFile(directory, id.value() + "-", ".csv.part"), header);
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

    /**
     * A draft whose rows are encoded, hashed and written by a thread of its own while the caller reads the next ones, so
     * the two halves of an export overlap; the queue between them is bounded, so memory stays flat.
     */
    private final class Draft implements ExportDraft {
        private final ExportJobId id;
        private final Path temporary;
        private final FileOutputStream file;
        private final HashingCounter counter;
        private final CsvWriter writer;
        private final BlockingQueue<List<List<String>>> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
        private List<List<String>> batch = new ArrayList<>(BATCH_ROWS);
        private final Thread writing;
        private volatile Throwable failure;
        private long rows;
        private ExportFile completed;
        private boolean finished;

        Draft(ExportJobId id, Path temporary, List<String> header) throws IOException {
            this.id = id;
            this.temporary = temporary;
            this.file = new FileOutputStream(temporary.toFile());
            this.counter = new HashingCounter(new BufferedOutputStream(file, FILE_BUFFER_BYTES));
            this.writer = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).bufferSize(BUFFER_CHARS).build(counter, StandardCharsets.UTF_8);
            writer.writeRecord(header);
            this.writing = Thread.ofPlatform().name("parley-export-writer-" + id.value()).daemon().start(this::drain);
        }

        private void drain() {
            try {
                for (List<List<String>> queued = queue.take(); queued != END; queued = queue.take()) {
                    if (failure == null) {
                        write(queued);
                    }
                }
            } catch (InterruptedException e) {
                failure = e;
            } catch (Error e) {
                failure = e;
                throw e;
            }
        }

        private void write(List<List<String>> batchOfRows) {
            try {
                for (List<String> cells : batchOfRows) {
                    writer.writeRecord(cells);
                }
            } catch (RuntimeException e) {
                failure = e;
            }
        }

        @Override
        public void row(List<String> cells) {
            throwIfFailed();
            batch.add(cells);
            rows++;
            if (batch.size() == BATCH_ROWS) {
                try {
                    handOverBatch();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while writing export " + id.value(), e);
                }
            }
        }

        private void handOverBatch() throws InterruptedException {
            if (!batch.isEmpty()) {
                handOver(batch);
                batch = new ArrayList<>(BATCH_ROWS);
            }
        }

        /** Queues a batch of rows, waiting while the queue is full for as long as the writing thread is alive to empty it. */
        private void handOver(List<List<String>> batchOfRows) throws InterruptedException {
            while (!queue.offer(batchOfRows, HANDOVER_WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                if (!writing.isAlive()) {
                    throw new IllegalStateException("the writing thread of export " + id.value() + " ended", failure);
                }
            }
        }

        private void throwIfFailed() {
            if (failure != null) {
                throw new IllegalStateException("could not write export " + id.value(), failure);
            }
        }

        /** Lets the writing thread write what is queued and batched and end; true when it did. */
        private boolean awaitWritten() {
            if (!writing.isAlive()) {
                return true;
            }
            try {
                handOverBatch();
                handOver(END);
                writing.join();
                return true;
            } catch (IllegalStateException e) {
                return true;
            } catch (InterruptedException e) {
                writing.interrupt();
                Thread.currentThread().interrupt();
                return false;
            }
        }

        @Override
        public ExportFile complete() {
            if (completed == null) {
                if (!awaitWritten()) {
                    throw new IllegalStateException("interrupted while writing export " + id.value());
                }
                throwIfFailed();
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
            failure = failure == null ? new IllegalStateException("closed unpublished") : failure;
            awaitWritten();
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
