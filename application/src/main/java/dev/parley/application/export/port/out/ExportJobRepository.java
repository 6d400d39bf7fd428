package dev.parley.application.export.port.out;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.export.ExportJob;
import dev.parley.domain.export.ExportJobId;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Export jobs, kept per organization and claimed by workers under a lease, so a lost run is taken up again. */
public interface ExportJobRepository {
    void insert(ExportJob job);

    Optional<ExportJob> find(OrganizationId org, ExportJobId id);

    /** Those of these jobs that exist, whatever their organization; for housekeeping, which serves no organization. */
    List<ExportJob> findAll(Collection<ExportJobId> ids);

    /** The organization's jobs, newest first. */
    Page<ExportJob> list(OrganizationId org, PageRequest request);

    /**
     * Takes the oldest job that is queued, or running under a lease that ran out before {@code now}, from an
     * organization with fewer than {@code maxRunningPerOrganization} runs under a live lease; the job is running
     * under a new lease until {@code now + lease}. Concurrent claims never take the same job.
     */
    Optional<Claim> claim(Instant now, Duration lease, int maxRunningPerOrganization);

    /** Stores the finished job if this claim still holds it; false when a later claim took the job over. */
    boolean finish(Claim claim, ExportJob finished);

    /** A job as one run holds it; {@code run} counts the claims of the job so far. */
    record Claim(ExportJob job, int run) {
    }
}
