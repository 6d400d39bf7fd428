package dev.parley.domain.export;

import java.util.regex.Pattern;

/** A published export file: its data rows (header excluded), its size in bytes and its SHA-256 in lowercase hex. */
public record ExportFile(long rowCount, long sizeBytes, String sha256) {
    private static final Pattern HEX_SHA256 = Pattern.compile("^[0-9a-f]{64}$");

    public ExportFile {
        if (rowCount < 0 || sizeBytes < 0) {
            throw new IllegalArgumentException("row count and size must not be negative");
        }
        if (!HEX_SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits");
        }
    }
}
