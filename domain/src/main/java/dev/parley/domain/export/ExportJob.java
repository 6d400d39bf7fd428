package dev.parley.domain.export;

import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An asynchronous CSV export: queued, then running, then succeeded with a published file (kept seven days) or failed
 * with a reason. The stored status is never {@code expired}; that is read off {@code expiresAt}.
 */
public record ExportJob(ExportJobId id, OrganizationId organizationId, ExportType type, ExportFilters filters,
                        ExportStatus storedStatus, Instant createdAt, Optional<Instant> startedAt,
                        Optional<Instant> finishedAt, Optional<ExportFile> file, Optional<Instant> expiresAt,
                        Optional<String> failureReason) {
    public static final Duration RETENTION = Duration.ofDays(7);

    public ExportJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(organizationId, "organizationId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(filters, "filters");
        Objects.requireNonNull(createdAt, "createdAt");
        if (storedStatus == ExportStatus.EXPIRED) {
            throw new IllegalArgumentException("expired is derived, never stored");
        }
        if ((storedStatus == ExportStatus.SUCCEEDED) != file.isPresent() || file.isPresent() != expiresAt.isPresent()) {
            throw new IllegalArgumentException("exactly the succeeded jobs have a file and an expiry");
        }
        if ((storedStatus == ExportStatus.FAILED) != failureReason.isPresent()) {
            throw new IllegalArgumentException("exactly the failed jobs have a failure reason");
        }
        filters.forType(type);
    }

    /** A new job waiting for a worker. */
    public static ExportJob queue(ExportJobId id, OrganizationId organizationId, ExportType type, ExportFilters filters,
                                  Instant now) {
        return new ExportJob(id, organizationId, type, filters, ExportStatus.QUEUED, now, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The status a reader sees at {@code now}: a succeeded job past its expiry is expired. */
    public ExportStatus status(Instant now) {
        if (storedStatus == ExportStatus.SUCCEEDED && !now.isBefore(expiresAt.orElseThrow())) {
            return ExportStatus.EXPIRED;
        }
        return storedStatus;
    }

    /** This job taken by a worker at {@code now}; a job whose previous run was lost is run again from scratch. */
    public ExportJob start(Instant now) {
        if (storedStatus != ExportStatus.QUEUED && storedStatus != ExportStatus.RUNNING) {
            throw new IllegalStateException("only a queued or abandoned job can start, not a " + storedStatus.wireName() + " one");
        }
        return new ExportJob(id, organizationId, type, filters, ExportStatus.RUNNING, createdAt, Optional.of(now),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** This job finished with its file published at {@code now}, downloadable for {@link #RETENTION}. */
    public ExportJob succeed(ExportFile published, Instant now) {
        requireRunning();
        return new ExportJob(id, organizationId, type, filters, ExportStatus.SUCCEEDED, createdAt, startedAt,
                Optional.of(now), Optional.of(published), Optional.of(now.plus(RETENTION)), Optional.empty());
    }

    /** This job given up at {@code now}, for a reason a client may read. */
    public ExportJob fail(String reason, Instant now) {
        requireRunning();
        return new ExportJob(id, organizationId, type, filters, ExportStatus.FAILED, createdAt, startedAt,
                Optional.of(now), Optional.empty(), Optional.empty(), Optional.of(reason));
    }

    /** The published file, when the job succeeded; a conflict while it is still queued, running or failed. */
    public ExportFile downloadableFile() {
        if (storedStatus != ExportStatus.SUCCEEDED) {
            throw new Conflict("export.not_ready", "Export " + id.value() + " is " + storedStatus.wireName()
                    + "; it can be downloaded once it has succeeded.");
        }
        return file.orElseThrow();
    }

    private void requireRunning() {
        if (storedStatus != ExportStatus.RUNNING) {
            throw new IllegalStateException("only a running job can finish, not a " + storedStatus.wireName() + " one");
        }
    }
}
