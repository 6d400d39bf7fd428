package dev.parley.application.export;

import dev.parley.application.export.port.out.ExportFileStore;
import dev.parley.application.export.port.out.ExportFileStore.StoredFile;
import dev.parley.application.export.port.out.ExportJobRepository;
import dev.parley.application.shared.port.in.Housekeeping;
import dev.parley.domain.export.ExportJob;
import dev.parley.domain.export.ExportJobId;
import dev.parley.domain.export.ExportStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Deletes export files nobody can be served any more: the file of an expired (or failed) job, whose row stays so its
 * download keeps answering 410, and drafts a dead run left behind. A file whose job this database does not know is
 * left alone, as it may belong to another installation sharing the directory.
 */
public final class ExportFileHousekeeping implements Housekeeping {
    /** How long a draft of a job that finished meanwhile may still be written to by a run finishing late. */
    static final Duration FINISHED_JOB_DRAFT_GRACE = Duration.ofMinutes(1);

    private final ExportJobRepository jobs;
    private final ExportFileStore files;
    private final Duration lease;
    private final Clock clock;

    /** {@code lease} is the export workers' lease: a draft unwritten for that long has no live run. */
    public ExportFileHousekeeping(ExportJobRepository jobs, ExportFileStore files, Duration lease, Clock clock) {
        this.jobs = jobs;
        this.files = files;
        this.lease = lease;
        this.clock = clock;
    }

    @Override
    public String subject() {
        return "export files";
    }

    @Override
    public long purge() {
        Instant now = clock.instant();
        List<StoredFile> stored = files.list();
        if (stored.isEmpty()) {
            return 0;
        }
        Map<ExportJobId, ExportJob> known = jobs.findAll(stored.stream().map(StoredFile::job).distinct().toList()).stream()
                .collect(Collectors.toMap(ExportJob::id, Function.identity()));
        long removed = 0;
        for (StoredFile file : stored) {
            if (isDisposable(file, Optional.ofNullable(known.get(file.job())), now)) {
                files.delete(file);
                removed++;
            }
        }
        return removed;
    }

    /** The policy: which stored file is of no more use at {@code now}. */
    boolean isDisposable(StoredFile file, Optional<ExportJob> job, Instant now) {
        if (!file.draft()) {
            return job.map(j -> j.status(now) == ExportStatus.EXPIRED || j.status(now) == ExportStatus.FAILED).orElse(false);
        }
        if (!file.modifiedAt().isAfter(now.minus(lease))) {
            return true;
        }
        boolean finished = job.map(j -> j.status(now) != ExportStatus.QUEUED && j.status(now) != ExportStatus.RUNNING).orElse(false);
        return finished && !file.modifiedAt().isAfter(now.minus(FINISHED_JOB_DRAFT_GRACE));
    }
}
