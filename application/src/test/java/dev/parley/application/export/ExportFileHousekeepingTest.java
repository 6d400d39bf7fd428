package dev.parley.application.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.Seed;
import dev.parley.application.export.port.in.ExportDownload;
import dev.parley.application.export.port.in.ExportRequest;
import dev.parley.application.export.port.in.ExportView;
import dev.parley.application.export.port.out.ExportFileStore.StoredFile;
import dev.parley.application.fake.InMemoryExportFileStore;
import dev.parley.application.fake.InMemoryExportJobRepository;
import dev.parley.application.fake.ListedExportRows;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.domain.export.ExportFilters;
import dev.parley.domain.export.ExportJob;
import dev.parley.domain.export.ExportJobId;
import dev.parley.domain.export.ExportStatus;
import dev.parley.domain.export.ExportType;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExportFileHousekeepingTest {
    private static final Duration LEASE = Duration.ofMinutes(15);

    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final InMemoryExportJobRepository jobs = new InMemoryExportJobRepository();
    private final InMemoryExportFileStore files = new InMemoryExportFileStore(clock);
    private final ListedExportRows rows = new ListedExportRows();
    private final ExportService exports = new ExportService(jobs, rows, files, adapters.transactions(), adapters.outbox(),
            new SequentialIdGenerator(500), clock, LEASE);
    private final ExportFileHousekeeping housekeeping = new ExportFileHousekeeping(jobs, files, LEASE, clock);
    private OrganizationId acme;

    @BeforeEach
    void seed() {
        acme = new Seed(adapters).organization(1, "acme");
        rows.add(acme, ExportType.TICKETS, List.of("tkt_1", "Hello", "open"));
    }

    private ExportView request() {
        return exports.request(acme, new ExportRequest(ExportType.TICKETS, ExportFilters.NONE));
    }

    @Test
    void the_file_of_an_expired_export_goes_and_its_job_stays_answering_expired() {
        ExportView view = request();
        exports.runNext();
        ExportJob done = jobs.find(acme, view.job().id()).orElseThrow();

        clock.set(done.expiresAt().orElseThrow().minusNanos(1000));
        assertThat(housekeeping.purge()).isZero();
        assertThat(exports.download(acme, view.job().id())).isInstanceOf(ExportDownload.Available.class);

        clock.set(done.expiresAt().orElseThrow());
        assertThat(housekeeping.purge()).isEqualTo(1);
        assertThat(files.list()).isEmpty();
        assertThat(exports.get(acme, view.job().id()).status()).isEqualTo(ExportStatus.EXPIRED);
        assertThat(exports.download(acme, view.job().id())).isInstanceOf(ExportDownload.Expired.class);
        assertThat(housekeeping.purge()).isZero();
    }

    @Test
    void a_draft_a_dead_run_left_goes_once_unwritten_for_a_lease_while_the_rerun_publishes() {
        ExportView view = request();
        jobs.claim(clock.instant(), LEASE, ExportService.MAX_RUNNING_PER_ORGANIZATION);
        files.draft(view.job().id(), List.of("id")).row(List.of("tkt_1"));
        String crashed = files.draftNames().get(0);

        clock.advance(LEASE.minusSeconds(1));
        assertThat(housekeeping.purge()).isZero();
        clock.advance(Duration.ofSeconds(2));
        assertThat(exports.runNext()).as("the job is taken up again once its lease ran out").isTrue();
        assertThat(files.draftNames()).containsExactly(crashed);

        assertThat(housekeeping.purge()).isEqualTo(1);
        assertThat(files.draftNames()).isEmpty();
        assertThat(files.list()).extracting(StoredFile::draft).containsExactly(false);
        assertThat(exports.get(acme, view.job().id()).status()).isEqualTo(ExportStatus.SUCCEEDED);
    }

    @Test
    void a_draft_being_written_stays_however_long_its_run_takes() {
        ExportView view = request();
        jobs.claim(clock.instant(), LEASE, ExportService.MAX_RUNNING_PER_ORGANIZATION);
        var draft = files.draft(view.job().id(), List.of("id"));
        for (int minute = 0; minute < 30; minute++) {
            clock.advance(Duration.ofMinutes(1));
            draft.row(List.of("row " + minute));
            assertThat(housekeeping.purge()).isZero();
        }
        assertThat(files.draftNames()).hasSize(1);
    }

    @Test
    void a_draft_of_a_job_that_finished_goes_after_a_short_grace() {
        ExportView view = request();
        jobs.claim(clock.instant(), LEASE, ExportService.MAX_RUNNING_PER_ORGANIZATION);
        files.draft(view.job().id(), List.of("id"));
        clock.advance(LEASE.plusSeconds(1));
        exports.runNext();

        files.draft(view.job().id(), List.of("id"));
        assertThat(housekeeping.purge()).as("only the draft of the dead run").isEqualTo(1);
        clock.advance(ExportFileHousekeeping.FINISHED_JOB_DRAFT_GRACE);
        assertThat(housekeeping.purge()).as("a late run's draft of a succeeded job").isEqualTo(1);
        assertThat(files.draftNames()).isEmpty();
        assertThat(files.list()).hasSize(1);
    }

    @Test
    void files_of_jobs_this_database_does_not_know_are_left_alone() {
        files.draft(new ExportJobId(999), List.of("id")).publish();
        files.draft(new ExportJobId(998), List.of("id"));
        clock.advance(Duration.ofDays(30));

        assertThat(housekeeping.purge()).as("an unknown job's draft still goes once unwritten for a lease").isEqualTo(1);
        assertThat(files.list()).extracting(StoredFile::job).containsExactly(new ExportJobId(999));
    }
}
