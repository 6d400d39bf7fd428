package dev.parley.application.fake;

import dev.parley.application.export.port.out.ExportJobRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.export.ExportJob;
import dev.parley.domain.export.ExportJobId;
import dev.parley.domain.export.ExportStatus;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Export jobs in a map; claims are serialised by the monitor, as the database serialises them per organization. */
public final class InMemoryExportJobRepository implements ExportJobRepository {
    private final Map<ExportJobId, Stored> jobs = new LinkedHashMap<>();

    private record Stored(ExportJob job, int run, Instant leaseUntil) {
    }

    @Override
    public synchronized void insert(ExportJob job) {
        if (jobs.putIfAbsent(job.id(), new Stored(job, 0, Instant.MIN)) != null) {
            throw new IllegalStateException("export job " + job.id().value() + " already exists");
        }
    }

    @Override
    public synchronized Optional<ExportJob> find(OrganizationId org, ExportJobId id) {
        return Optional.ofNullable(jobs.get(id)).map(Stored::job).filter(job -> job.organizationId().equals(org));
    }

    @Override
    public synchronized List<ExportJob> findAll(Collection<ExportJobId> ids) {
        return ids.stream().distinct().map(jobs::get).filter(Objects::nonNull).map(Stored::job).toList();
    }

    @Override
    public synchronized Page<ExportJob> list(OrganizationId org, PageRequest request) {
        List<ExportJob> mine = jobs.values().stream().map(Stored::job).filter(job -> job.organizationId().equals(org))
                .sorted(Comparator.comparing(ExportJob::createdAt).thenComparing(job -> job.id().value()).reversed())
                .toList();
        return new Page<>(mine.stream().skip(request.offset()).limit(request.perPage()).toList(), mine.size(), request);
    }

    @Override
    public synchronized Optional<Claim> claim(Instant now, Duration lease, int maxRunningPerOrganization) {
        Optional<Stored> next = jobs.values().stream()
                .filter(stored -> claimable(stored, now))
                .filter(stored -> liveRuns(stored.job().organizationId(), now) < maxRunningPerOrganization)
                .min(Comparator.comparing((Stored stored) -> stored.job().createdAt()).thenComparing(stored -> stored.job().id().value()));
        return next.map(stored -> {
            Stored claimed = new Stored(stored.job().start(now), stored.run() + 1, now.plus(lease));
            jobs.put(claimed.job().id(), claimed);
            return new Claim(claimed.job(), claimed.run());
        });
    }

    @Override
    public synchronized boolean finish(Claim claim, ExportJob finished) {
        Stored stored = jobs.get(finished.id());
        if (stored == null || stored.run() != claim.run() || stored.job().storedStatus() != ExportStatus.RUNNING) {
            return false;
        }
        jobs.put(finished.id(), new Stored(finished, stored.run(), Instant.MIN));
        return true;
    }

    private static boolean claimable(Stored stored, Instant now) {
        ExportStatus status = stored.job().storedStatus();
        return status == ExportStatus.QUEUED || status == ExportStatus.RUNNING && stored.leaseUntil().isBefore(now);
    }

    private long liveRuns(OrganizationId org, Instant now) {
        return jobs.values().stream()
                .filter(stored -> stored.job().organizationId().equals(org))
                .filter(stored -> stored.job().storedStatus() == ExportStatus.RUNNING && !stored.leaseUntil().isBefore(now))
                .count();
    }
}
