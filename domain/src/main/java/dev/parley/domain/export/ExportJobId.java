package dev.parley.domain.export;

/** Identity of an export job: a positive integer, as the b2b surface shows it. */
public record ExportJobId(long value) {
    public ExportJobId {
        if (value <= 0) {
            throw new IllegalArgumentException("export job id must be positive");
        }
    }
}
