package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.export.port.out.ExportJobRepository;
import dev.parley.application.export.port.out.ExportJobRepository.Claim;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.export.ExportFile;
import dev.parley.domain.export.ExportFilters;
import dev.parley.domain.export.ExportJob;
import dev.parley.domain.export.ExportJobId;
import dev.parley.domain.export.ExportStatus;
import dev.parley.domain.export.ExportType;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ExportJobRepository} must do, run against the fake and against PostgreSQL. A claim may come back
 * empty while another worker is claiming for the same organization; it never over-claims.
 */
public abstract class ExportJobRepositoryContractTest {
    private static final Duration LEASE = Duration.ofMinutes(15);
    private static final ExportFile FILE = new ExportFile(12, 345, "0123456789abcdef".repeat(4));

    private ExportJobRepository jobs;
    private OrganizationId acme;
    private OrganizationId globex;

    /** Fresh, empty adapters for the organizations the jobs belong to. */
    protected abstract Adapters adapters();

    /** The repository under test, over the same storage as the last {@link #adapters()}. */
    protected abstract ExportJobRepository exportJobs();

    @BeforeEach
    void seed() {
        Seed seed = new Seed(adapters());
        acme = seed.organization(1, "acme");
        globex = seed.organization(2, "globex");
        jobs = exportJobs();
    }

    private ExportJob queued(long id, OrganizationId org, Instant at) {
        ExportJob job = ExportJob.queue(new ExportJobId(id), org, ExportType.ACTIVITY, ExportFilters.NONE, at);
        jobs.insert(job);
        return job;
    }

    @Test
    void storesAJobWithItsFiltersAndFindsItOnlyInItsOrganization() {
        ExportFilters filters = new ExportFilters(Optional.of(LocalDate.of(2024, 1, 1)), Optional.of(LocalDate.of(2024, 2, 29)),
                Optional.of(77L));
        ExportJob job = ExportJob.queue(new ExportJobId(10), acme, ExportType.LEARNER_PROGRESS, filters, T0);
        jobs.insert(job);

        assertThat(jobs.find(acme, new ExportJobId(10))).contains(job);
        assertThat(jobs.find(globex, new ExportJobId(10))).isEmpty();
        assertThat(jobs.find(acme, new ExportJobId(11))).isEmpty();
    }

    @Test
    void housekeepingFindsJobsOfEveryOrganizationByIdAndSkipsUnknownIds() {
        queued(1, acme, T0);
        queued(2, globex, T0);

        assertThat(jobs.findAll(List.of(new ExportJobId(1), new ExportJobId(2), new ExportJobId(3), new ExportJobId(1))))
                .extracting(job -> job.id().value()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(jobs.findAll(List.of())).isEmpty();
    }

    @Test
    void listsNewestFirstAndPages() {
        queued(1, acme, T0);
        queued(2, acme, T0.plusSeconds(2));
        queued(3, acme, T0.plusSeconds(1));
        queued(4, globex, T0.plusSeconds(3));

        var first = jobs.list(acme, new PageRequest(1, 2));
        var second = jobs.list(acme, new PageRequest(2, 2));

        assertThat(first.items()).extracting(job -> job.id().value()).containsExactly(2L, 3L);
        assertThat(second.items()).extracting(job -> job.id().value()).containsExactly(1L);
        assertThat(first.total()).isEqualTo(3);
    }

    @Test
    void claimsTheOldestQueuedJobAndMarksItRunning() {
        queued(1, acme, T0.plusSeconds(1));
        queued(2, acme, T0);

        Claim claim = jobs.claim(T0.plusSeconds(5), LEASE, 2).orElseThrow();

        assertThat(claim.job().id().value()).isEqualTo(2);
        assertThat(claim.run()).isEqualTo(1);
        assertThat(claim.job().storedStatus()).isEqualTo(ExportStatus.RUNNING);
        assertThat(claim.job().startedAt()).contains(T0.plusSeconds(5));
        assertThat(jobs.find(acme, new ExportJobId(2))).contains(claim.job());
    }

    @Test
    void claimsNothingWhenNothingWaits() {
        assertThat(jobs.claim(T0, LEASE, 2)).isEmpty();
    }

    @Test
    void runsAtMostTheLimitPerOrganizationWhileOthersStillGetTheirTurn() {
        queued(1, acme, T0);
        queued(2, acme, T0.plusSeconds(1));
        queued(3, acme, T0.plusSeconds(2));
        queued(4, globex, T0.plusSeconds(3));

        List<Long> claimed = new ArrayList<>();
        jobs.claim(T0.plusSeconds(10), LEASE, 2).ifPresent(c -> claimed.add(c.job().id().value()));
        jobs.claim(T0.plusSeconds(10), LEASE, 2).ifPresent(c -> claimed.add(c.job().id().value()));
        jobs.claim(T0.plusSeconds(10), LEASE, 2).ifPresent(c -> claimed.add(c.job().id().value()));

        assertThat(claimed).containsExactly(1L, 2L, 4L);
        assertThat(jobs.claim(T0.plusSeconds(10), LEASE, 2)).isEmpty();
    }

    @Test
    void aFinishedRunFreesItsOrganizationsSlot() {
        queued(1, acme, T0);
        queued(2, acme, T0.plusSeconds(1));
        Claim first = jobs.claim(T0.plusSeconds(10), LEASE, 1).orElseThrow();
        assertThat(jobs.claim(T0.plusSeconds(10), LEASE, 1)).isEmpty();

        assertThat(jobs.finish(first, first.job().succeed(FILE, T0.plusSeconds(20)))).isTrue();

        assertThat(jobs.claim(T0.plusSeconds(21), LEASE, 1)).map(c -> c.job().id().value()).contains(2L);
    }

    @Test
    void finishingStoresTheFileAndExpiry() {
        queued(1, acme, T0);
        Claim claim = jobs.claim(T0.plusSeconds(1), LEASE, 2).orElseThrow();
        ExportJob done = claim.job().succeed(FILE, T0.plusSeconds(9));

        assertThat(jobs.finish(claim, done)).isTrue();

        assertThat(jobs.find(acme, done.id())).contains(done);
        assertThat(jobs.claim(T0.plusSeconds(10).plus(LEASE).plus(LEASE), LEASE, 2)).isEmpty();
    }

    @Test
    void aJobWhoseLeaseRanOutIsClaimedAgainAndTheOldRunCannotFinishIt() {
        queued(1, acme, T0);
        Claim lost = jobs.claim(T0, LEASE, 2).orElseThrow();
        assertThat(jobs.claim(T0.plus(LEASE).minusSeconds(1), LEASE, 2)).isEmpty();

        Claim again = jobs.claim(T0.plus(LEASE).plusSeconds(1), LEASE, 2).orElseThrow();

        assertThat(again.run()).isEqualTo(2);
        assertThat(again.job().startedAt()).contains(T0.plus(LEASE).plusSeconds(1));
        assertThat(jobs.finish(lost, lost.job().fail("late", T0.plus(LEASE).plusSeconds(2)))).isFalse();
        ExportJob failed = again.job().fail("broken", T0.plus(LEASE).plusSeconds(3));
        assertThat(jobs.finish(again, failed)).isTrue();
        assertThat(jobs.find(acme, failed.id())).contains(failed);
        assertThat(jobs.finish(again, failed)).isFalse();
    }

    @Test
    void concurrentClaimsNeverTakeTheSameJobNorExceedTheLimit() throws Exception {
        for (int i = 1; i <= 6; i++) {
            queued(i, i % 2 == 0 ? acme : globex, T0.plusSeconds(i));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        ConcurrentLinkedQueue<Long> claimed = new ConcurrentLinkedQueue<>();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    jobs.claim(T0.plusSeconds(60), LEASE, 2).ifPresent(c -> claimed.add(c.job().id().value()));
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        Optional<Claim> more;
        while ((more = jobs.claim(T0.plusSeconds(60), LEASE, 2)).isPresent()) {
            claimed.add(more.get().job().id().value());
        }
        assertThat(claimed).doesNotHaveDuplicates().hasSize(4);
        assertThat(claimed.stream().filter(id -> id % 2 == 0)).hasSize(2);
    }
}
