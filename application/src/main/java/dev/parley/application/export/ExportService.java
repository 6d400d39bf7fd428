package dev.parley.application.export;

import dev.parley.application.export.port.in.ExportDownload;
import dev.parley.application.export.port.in.ExportRequest;
import dev.parley.application.export.port.in.ExportUseCase;
import dev.parley.application.export.port.in.ExportView;
import dev.parley.application.export.port.in.ExportWorkUseCase;
import dev.parley.application.export.port.out.ExportFileStore;
import dev.parley.application.export.port.out.ExportFileStore.ExportDraft;
import dev.parley.application.export.port.out.ExportJobRepository;
import dev.parley.application.export.port.out.ExportJobRepository.Claim;
import dev.parley.application.export.port.out.ExportRowSource;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.application.shared.port.out.Outbox;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.domain.export.CsvCell;
import dev.parley.domain.export.ExportEvents.ExportCompleted;
import dev.parley.domain.export.ExportEvents.ExportFailed;
import dev.parley.domain.export.ExportFile;
import dev.parley.domain.export.ExportJob;
import dev.parley.domain.export.ExportJobId;
import dev.parley.domain.export.ExportStatus;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Queues exports, and runs them for the workers: rows stream from the source through formula neutralisation into a
 * draft file, which is published whole as the job is marked succeeded, so no reader ever sees part of a file.
 */
public final class ExportService implements ExportUseCase, ExportWorkUseCase {
    /** Longer than any export takes; a run still going after it is presumed dead and the job is run again. */
    public static final Duration LEASE = Duration.ofMinutes(15);
    /** Lets a deployment (or a crash test) presume dead runs sooner or later than {@link #LEASE}. */
    public static final Duration SHORTEST_LEASE = Duration.ofSeconds(1);
    public static final int MAX_RUNNING_PER_ORGANIZATION = 2;
    static final String FAILURE_REASON = "The export could not be generated; request a new one.";

    private final ExportJobRepository jobs;
    private final ExportRowSource rows;
    private final ExportFileStore files;
    private final Transactions tx;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final Clock clock;
    private final Duration lease;

    public ExportService(ExportJobRepository jobs, ExportRowSource rows, ExportFileStore files, Transactions tx, Outbox outbox, IdGenerator ids, Clock clock) {
        this(jobs, rows, files, tx, outbox, ids, clock, LEASE);
    }

    /** A service whose runs hold their job for {@code lease} before another worker takes it up again. */
    public ExportService(ExportJobRepository jobs, ExportRowSource rows, ExportFileStore files, Transactions tx, Outbox outbox, IdGenerator ids,
                         Clock clock, Duration lease) {
        if (lease.compareTo(SHORTEST_LEASE) < 0) {
            throw new IllegalArgumentException("an export lease is at least " + SHORTEST_LEASE + ", not " + lease);
        }
        this.lease = lease;
        this.jobs = jobs;
        this.rows = rows;
        this.files = files;
        this.tx = tx;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public ExportView request(OrganizationId org, ExportRequest request) {
        request.filters().forType(request.type()).courseId().ifPresent(course -> {
            if (!rows.hasCourse(org, course)) {
                throw new InvalidInput("course_id", "is not a course of this organization");
            }
        });
        ExportJob job = ExportJob.queue(new ExportJobId(ids.newLongId()), org, request.type(), request.filters(), clock.instant());
        jobs.insert(job);
        return view(job);
    }

    @Override
    public Page<ExportView> list(OrganizationId org, PageRequest page) {
        return jobs.list(org, page).map(this::view);
    }

    @Override
    public ExportView get(OrganizationId org, ExportJobId id) {
        return view(find(org, id));
    }

    @Override
    public ExportDownload download(OrganizationId org, ExportJobId id) {
        ExportJob job = find(org, id);
        ExportFile file = job.downloadableFile();
        if (job.status(clock.instant()) == ExportStatus.EXPIRED) {
            return new ExportDownload.Expired(job);
        }
        Optional<InputStream> content = files.open(id);
        return content.<ExportDownload>map(stream -> new ExportDownload.Available(job, file, stream))
                .orElseGet(() -> new ExportDownload.Expired(job));
    }

    @Override
    public boolean runNext() {
        Optional<Claim> claimed = tx.inTransaction(() -> jobs.claim(clock.instant(), lease, MAX_RUNNING_PER_ORGANIZATION));
        claimed.ifPresent(this::run);
        return claimed.isPresent();
    }

    /**
     * Writes the file as a draft, then publishes it in the transaction that marks the job succeeded, after the guarded
     * update has locked the job for this run: a run whose lease another worker took over never replaces that run's file.
     */
    private void run(Claim claim) {
        ExportJob job = claim.job();
        try (ExportDraft draft = files.draft(job.id(), job.type().columns())) {
            rows.stream(job.organizationId(), job.type(), job.filters(), cells -> draft.row(neutralised(cells)));
            ExportJob succeeded = job.succeed(draft.complete(), clock.instant());
            tx.run(() -> {
                if (jobs.finish(claim, succeeded)) {
                    draft.publish();
                    outbox.append(List.of(new ExportCompleted(succeeded, succeeded.finishedAt().orElseThrow())));
                }
            });
        } catch (RuntimeException e) {
            ExportJob failed = job.fail(FAILURE_REASON, clock.instant());
            tx.run(() -> {
                if (jobs.finish(claim, failed)) {
                    outbox.append(List.of(new ExportFailed(failed, failed.finishedAt().orElseThrow())));
                }
            });
        }
    }

    /** The row itself when no cell needs neutralising, as almost none do; plain loops, not streams: this runs for every row. */
    private static List<String> neutralised(List<String> cells) {
        int size = cells.size();
        int first = 0;
        while (first < size && !CsvCell.startsDangerously(cells.get(first))) {
            first++;
        }
        if (first == size) {
            return cells;
        }
        String[] safe = cells.toArray(new String[size]);
        for (int i = first; i < size; i++) {
            safe[i] = CsvCell.neutralise(safe[i]);
        }
        return Arrays.asList(safe);
    }

    private ExportJob find(OrganizationId org, ExportJobId id) {
        return jobs.find(org, id).orElseThrow(() -> new NotFound("export", id.value()));
    }

    private ExportView view(ExportJob job) {
        return new ExportView(job, job.status(clock.instant()));
    }
}
