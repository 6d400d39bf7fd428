package dev.parley.application.fake;

import dev.parley.application.export.port.out.ExportFileStore;
import dev.parley.domain.export.CsvEscaping;
import dev.parley.domain.export.ExportFile;
import dev.parley.domain.export.ExportJobId;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Export files as byte arrays, written with {@link CsvEscaping}; counts the drafts still open. Files are stamped by the
 * clock when written; a draft never closed stays listed, as a crashed run leaves its {@code .part} file.
 */
public final class InMemoryExportFileStore implements ExportFileStore {
    private final Clock clock;
    private final Map<ExportJobId, byte[]> published = new HashMap<>();
    private final Map<ExportJobId, Instant> publishedAt = new HashMap<>();
    private final Map<String, StoredFile> drafts = new HashMap<>();
    private int openDrafts;
    private int draftCount;

    /** A store whose files are all stamped at the epoch. */
    public InMemoryExportFileStore() {
        this(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC));
    }

    public InMemoryExportFileStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized ExportDraft draft(ExportJobId id, List<String> header) {
        openDrafts++;
        String name = id.value() + "-" + (++draftCount) + ".csv.part";
        drafts.put(name, new StoredFile(id, true, name, clock.instant()));
        StringBuilder text = new StringBuilder(CsvEscaping.record(header));
        return new ExportDraft() {
            private long rows;
            private boolean closed;

            @Override
            public void row(List<String> cells) {
                text.append(CsvEscaping.record(cells));
                rows++;
                synchronized (InMemoryExportFileStore.this) {
                    drafts.computeIfPresent(name, (n, file) -> new StoredFile(id, true, n, clock.instant()));
                }
            }

            @Override
            public ExportFile complete() {
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                return new ExportFile(rows, bytes.length, sha256(bytes));
            }

            @Override
            public ExportFile publish() {
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                synchronized (InMemoryExportFileStore.this) {
                    if (drafts.remove(name) == null) {
                        throw new IllegalStateException("draft " + name + " was deleted");
                    }
                    published.put(id, bytes);
                    publishedAt.put(id, clock.instant());
                }
                return new ExportFile(rows, bytes.length, sha256(bytes));
            }

            @Override
            public void close() {
                synchronized (InMemoryExportFileStore.this) {
                    if (!closed) {
                        closed = true;
                        openDrafts--;
                        drafts.remove(name);
                    }
                }
            }
        };
    }

    @Override
    public synchronized List<StoredFile> list() {
        List<StoredFile> all = new ArrayList<>(drafts.values());
        published.keySet().forEach(id -> all.add(new StoredFile(id, false, id.value() + ".csv", publishedAt.get(id))));
        return all;
    }

    @Override
    public synchronized void delete(StoredFile file) {
        if (file.draft()) {
            drafts.remove(file.name());
        } else {
            published.remove(file.job());
            publishedAt.remove(file.job());
        }
    }

    /** Names of the drafts a run left behind or is writing, for tests that look past the port. */
    public synchronized List<String> draftNames() {
        return List.copyOf(drafts.keySet());
    }

    @Override
    public synchronized Optional<InputStream> open(ExportJobId id) {
        return Optional.ofNullable(published.get(id)).map(ByteArrayInputStream::new);
    }

    public synchronized Optional<String> text(ExportJobId id) {
        return Optional.ofNullable(published.get(id)).map(bytes -> new String(bytes, StandardCharsets.UTF_8));
    }

    public synchronized void remove(ExportJobId id) {
        published.remove(id);
        publishedAt.remove(id);
    }

    public synchronized int openDrafts() {
        return openDrafts;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
