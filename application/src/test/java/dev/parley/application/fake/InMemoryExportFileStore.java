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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Export files as byte arrays, written with {@link CsvEscaping}; counts the drafts still open. */
public final class InMemoryExportFileStore implements ExportFileStore {
    private final Map<ExportJobId, byte[]> published = new HashMap<>();
    private int openDrafts;

    @Override
    public synchronized ExportDraft draft(ExportJobId id, List<String> header) {
        openDrafts++;
        StringBuilder text = new StringBuilder(CsvEscaping.record(header));
        return new ExportDraft() {
            private long rows;
            private boolean closed;

            @Override
            public void row(List<String> cells) {
                text.append(CsvEscaping.record(cells));
                rows++;
            }

            @Override
            public ExportFile publish() {
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                synchronized (InMemoryExportFileStore.this) {
                    published.put(id, bytes);
                }
                return new ExportFile(rows, bytes.length, sha256(bytes));
            }

            @Override
            public void close() {
                synchronized (InMemoryExportFileStore.this) {
                    if (!closed) {
                        closed = true;
                        openDrafts--;
                    }
                }
            }
        };
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
