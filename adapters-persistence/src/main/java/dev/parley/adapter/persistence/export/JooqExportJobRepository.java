package dev.parley.adapter.persistence.export;

import static dev.parley.adapter.persistence.jooq.Tables.EXPORT_JOBS;

import dev.parley.adapter.persistence.jooq.tables.records.ExportJobsRecord;
import dev.parley.application.export.port.out.ExportJobRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.domain.export.ExportFile;
import dev.parley.domain.export.ExportFilters;
import dev.parley.domain.export.ExportJob;
import dev.parley.domain.export.ExportJobId;
import dev.parley.domain.export.ExportStatus;
import dev.parley.domain.export.ExportType;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.Result;
import org.jooq.impl.DSL;

/**
 * Export jobs in {@code export_jobs}. A claim takes candidate rows {@code FOR UPDATE SKIP LOCKED}, then the
 * organization's transaction-scoped advisory lock (skipping organizations another worker is claiming for), so
 * counting the organization's live runs and starting one more cannot race.
 */
public final class JooqExportJobRepository implements ExportJobRepository {
    private static final int CANDIDATES = 20;
    private static final String QUEUED = ExportStatus.QUEUED.wireName();
    private static final String RUNNING = ExportStatus.RUNNING.wireName();

    private final DSLContext dsl;
    private final Transactions transactions;

    public JooqExportJobRepository(DSLContext dsl, Transactions transactions) {
        this.dsl = dsl;
        this.transactions = transactions;
    }

    @Override
    public void insert(ExportJob job) {
        ExportJobsRecord record = dsl.newRecord(EXPORT_JOBS);
        write(record, job);
        record.setRun(0);
        record.insert();
    }

    @Override
    public Optional<ExportJob> find(OrganizationId org, ExportJobId id) {
        return dsl.selectFrom(EXPORT_JOBS)
                .where(EXPORT_JOBS.ORGANIZATION_ID.eq(org.value()), EXPORT_JOBS.ID.eq(id.value()))
                .fetchOptional(JooqExportJobRepository::job);
    }

    @Override
    public List<ExportJob> findAll(Collection<ExportJobId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(EXPORT_JOBS)
                .where(EXPORT_JOBS.ID.in(ids.stream().map(ExportJobId::value).distinct().toList()))
                .fetch(JooqExportJobRepository::job);
    }

    @Override
    public Page<ExportJob> list(OrganizationId org, PageRequest request) {
        Condition mine = EXPORT_JOBS.ORGANIZATION_ID.eq(org.value());
        long total = dsl.fetchCount(EXPORT_JOBS, mine);
        var items = dsl.selectFrom(EXPORT_JOBS).where(mine)
                .orderBy(EXPORT_JOBS.CREATED_AT.desc(), EXPORT_JOBS.ID.desc())
                .limit(request.perPage()).offset(request.offset())
                .fetch(JooqExportJobRepository::job);
        return new Page<>(items, total, request);
    }

    @Override
    public Optional<Claim> claim(Instant now, Duration lease, int maxRunningPerOrganization) {
        return transactions.inTransaction(() -> {
            Result<Record2<Long, Long>> candidates = dsl.select(EXPORT_JOBS.ID, EXPORT_JOBS.ORGANIZATION_ID)
                    .from(EXPORT_JOBS)
                    .where(EXPORT_JOBS.STATUS.eq(QUEUED).or(EXPORT_JOBS.STATUS.eq(RUNNING).and(EXPORT_JOBS.LEASE_UNTIL.lt(now))))
                    .orderBy(EXPORT_JOBS.CREATED_AT, EXPORT_JOBS.ID)
                    .limit(CANDIDATES)
                    .forUpdate().skipLocked()
                    .fetch();
            for (Record2<Long, Long> candidate : candidates) {
                long org = candidate.value2();
                if (lockOrganization(org) && liveRuns(org, now) < maxRunningPerOrganization) {
                    return Optional.of(start(candidate.value1(), now, lease));
                }
            }
            return Optional.empty();
        });
    }

    @Override
    public boolean finish(Claim claim, ExportJob finished) {
        ExportJobsRecord record = dsl.newRecord(EXPORT_JOBS);
        write(record, finished);
        record.changed(EXPORT_JOBS.ID, false);
        record.changed(EXPORT_JOBS.ORGANIZATION_ID, false);
        record.changed(EXPORT_JOBS.CREATED_AT, false);
        record.setLeaseUntil(null);
        return dsl.update(EXPORT_JOBS).set(record)
                .where(EXPORT_JOBS.ID.eq(finished.id().value()), EXPORT_JOBS.RUN.eq(claim.run()), EXPORT_JOBS.STATUS.eq(RUNNING))
                .execute() == 1;
    }

    private boolean lockOrganization(long org) {
        return dsl.select(DSL.field("pg_try_advisory_xact_lock({0})", Boolean.class, DSL.val(org))).fetchSingle().value1();
    }

    private int liveRuns(long org, Instant now) {
        return dsl.fetchCount(EXPORT_JOBS, EXPORT_JOBS.ORGANIZATION_ID.eq(org), EXPORT_JOBS.STATUS.eq(RUNNING),
                EXPORT_JOBS.LEASE_UNTIL.ge(now));
    }

    private Claim start(long id, Instant now, Duration lease) {
        ExportJobsRecord started = dsl.update(EXPORT_JOBS)
                .set(EXPORT_JOBS.STATUS, RUNNING)
                .set(EXPORT_JOBS.RUN, EXPORT_JOBS.RUN.plus(1))
                .set(EXPORT_JOBS.LEASE_UNTIL, now.plus(lease))
                .set(EXPORT_JOBS.STARTED_AT, now)
                .setNull(EXPORT_JOBS.FINISHED_AT)
                .where(EXPORT_JOBS.ID.eq(id))
                .returning()
                .fetchSingle();
        return new Claim(job(started), started.getRun());
    }

    private static void write(ExportJobsRecord record, ExportJob job) {
        record.setId(job.id().value());
        record.setOrganizationId(job.organizationId().value());
        record.setType(job.type().wireName());
        record.setStatus(job.storedStatus().wireName());
        record.setFilterFrom(job.filters().from().orElse(null));
        record.setFilterTo(job.filters().to().orElse(null));
        record.setFilterCourseId(job.filters().courseId().orElse(null));
        record.setCreatedAt(job.createdAt());
        record.setStartedAt(job.startedAt().orElse(null));
        record.setFinishedAt(job.finishedAt().orElse(null));
        record.setRowCount(job.file().map(ExportFile::rowCount).orElse(null));
        record.setSizeBytes(job.file().map(ExportFile::sizeBytes).orElse(null));
        record.setSha256(job.file().map(ExportFile::sha256).orElse(null));
        record.setExpiresAt(job.expiresAt().orElse(null));
        record.setFailureReason(job.failureReason().orElse(null));
    }

    private static ExportJob job(ExportJobsRecord row) {
        Optional<ExportFile> file = Optional.ofNullable(row.getSha256())
                .map(sha -> new ExportFile(row.getRowCount(), row.getSizeBytes(), sha));
        return new ExportJob(new ExportJobId(row.getId()), new OrganizationId(row.getOrganizationId()),
                ExportType.parse("type", row.getType()),
                new ExportFilters(Optional.ofNullable(row.getFilterFrom()), Optional.ofNullable(row.getFilterTo()),
                        Optional.ofNullable(row.getFilterCourseId())),
                ExportStatus.fromWireName(row.getStatus()), row.getCreatedAt(), Optional.ofNullable(row.getStartedAt()),
                Optional.ofNullable(row.getFinishedAt()), file, Optional.ofNullable(row.getExpiresAt()),
                Optional.ofNullable(row.getFailureReason()));
    }
}
