package dev.parley.domain.export;

/** Where an export job stands; {@code expired} is a succeeded job whose file is past its expiry. */
public enum ExportStatus {
    QUEUED("queued"),
    RUNNING("running"),
    SUCCEEDED("succeeded"),
    FAILED("failed"),
    EXPIRED("expired");

    private final String wireName;

    ExportStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static ExportStatus fromWireName(String raw) {
        for (ExportStatus status : values()) {
            if (status.wireName.equals(raw)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown export status: " + raw);
    }
}
