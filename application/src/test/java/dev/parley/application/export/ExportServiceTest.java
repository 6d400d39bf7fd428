package dev.parley.application.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.Seed;
import dev.parley.application.export.port.in.ExportDownload;
import dev.parley.application.export.port.in.ExportRequest;
import dev.parley.application.export.port.in.ExportView;
import dev.parley.application.export.port.out.ExportRowSource;
import dev.parley.application.export.port.out.ExportSink;
import dev.parley.application.fake.InMemoryExportFileStore;
import dev.parley.application.fake.InMemoryExportJobRepository;
import dev.parley.application.fake.ListedExportRows;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.export.ExportEvents.ExportCompleted;
import dev.parley.domain.export.ExportEvents.ExportFailed;
import dev.parley.domain.export.ExportFilters;
import dev.parley.domain.export.ExportJobId;
import dev.parley.domain.export.ExportStatus;
import dev.parley.domain.export.ExportType;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ExportServiceTest {
    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final InMemoryExportJobRepository jobs = new InMemoryExportJobRepository();
    private final InMemoryExportFileStore files = new InMemoryExportFileStore();
    private final ListedExportRows rows = new ListedExportRows();
    private final ExportService service = new ExportService(jobs, rows, files, adapters.transactions(),
            adapters.outbox(), new SequentialIdGenerator(500), clock);
    private OrganizationId acme;
    private OrganizationId globex;

    @BeforeEach
    void seed() {
        Seed seed = new Seed(adapters);
        acme = seed.organization(1, "acme");
        globex = seed.organization(2, "globex");
    }

    private ExportView request(OrganizationId org, ExportType type) {
        return service.request(org, new ExportRequest(type, ExportFilters.NONE));
    }

    @Test
    void aRequestIsQueuedAndAWorkerPublishesItsNeutralisedCsv() {
        rows.add(acme, ExportType.TICKETS, List.of("tkt_1", "=HYPERLINK(\"http://x\")", "open"));
        rows.add(acme, ExportType.TICKETS, List.of("tkt_2", "Refund, please", "pending"));
        ExportView queued = request(acme, ExportType.TICKETS);
        assertThat(queued.status()).isEqualTo(ExportStatus.QUEUED);

        clock.advance(Duration.ofSeconds(3));
        assertThat(service.runNext()).isTrue();

        ExportView done = service.get(acme, queued.job().id());
        String text = files.text(queued.job().id()).orElseThrow();
        assertThat(done.status()).isEqualTo(ExportStatus.SUCCEEDED);
        assertThat(text).startsWith("id,subject,status,channel,").contains("tkt_1,\"'=HYPERLINK(\"\"http://x\"\")\",open\r\n")
                .endsWith("tkt_2,\"Refund, please\",pending\r\n");
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertThat(done.job().file().orElseThrow().rowCount()).isEqualTo(2);
        assertThat(done.job().file().orElseThrow().sizeBytes()).isEqualTo(bytes.length);
        assertThat(done.job().file().orElseThrow().sha256()).isEqualTo(InMemoryExportFileStore.sha256(bytes));
        assertThat(done.job().expiresAt()).contains(clock.instant().plus(Duration.ofDays(7)));
        assertThat(adapters.outbox().events()).singleElement().isInstanceOfSatisfying(ExportCompleted.class,
                event -> assertThat(event.data()).containsEntry("row_count", 2L).containsEntry("type", "tickets"));
        assertThat(files.openDrafts()).isZero();
    }

    @Test
    void aBrokenRunFailsTheJobWithAReasonAndPublishesNothing() {
        rows.add(acme, ExportType.ACTIVITY, List.of("1"));
        rows.add(acme, ExportType.ACTIVITY, List.of("2"));
        rows.failAfter(1);
        ExportView queued = request(acme, ExportType.ACTIVITY);

        service.runNext();

        ExportView failed = service.get(acme, queued.job().id());
        assertThat(failed.status()).isEqualTo(ExportStatus.FAILED);
        assertThat(failed.job().failureReason()).contains(ExportService.FAILURE_REASON);
        assertThat(files.text(queued.job().id())).isEmpty();
        assertThat(files.openDrafts()).isZero();
        assertThat(adapters.outbox().events()).singleElement().isInstanceOf(ExportFailed.class);
        assertThatThrownBy(() -> service.download(acme, queued.job().id())).isInstanceOf(Conflict.class);
    }

    @Test
    void downloadsConflictBeforeSuccessServeTheFileAfterAndExpireAfterSevenDays() throws IOException {
        rows.add(acme, ExportType.COMPLETIONS, List.of("1", "ada@example.com"));
        ExportJobId id = request(acme, ExportType.COMPLETIONS).job().id();
        assertThatThrownBy(() -> service.download(acme, id)).isInstanceOf(Conflict.class).hasMessageContaining("queued");

        service.runNext();

        ExportDownload ready = service.download(acme, id);
        assertThat(ready).isInstanceOfSatisfying(ExportDownload.Available.class, available -> {
            try (var content = available.content()) {
                assertThat(new String(content.readAllBytes(), StandardCharsets.UTF_8)).endsWith("1,ada@example.com\r\n");
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        clock.advance(Duration.ofDays(7));
        assertThat(service.get(acme, id).status()).isEqualTo(ExportStatus.EXPIRED);
        assertThat(service.download(acme, id)).isInstanceOf(ExportDownload.Expired.class);
    }

    @Test
    void anotherOrganizationsJobIsNotFound() {
        ExportJobId id = request(acme, ExportType.TICKETS).job().id();

        assertThatThrownBy(() -> service.get(globex, id)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.download(globex, id)).isInstanceOf(NotFound.class);
        assertThat(service.list(globex, new PageRequest(1, 15)).items()).isEmpty();
        assertThat(service.list(acme, new PageRequest(1, 15)).items()).extracting(view -> view.job().id()).containsExactly(id);
    }

    @Test
    void eachOrganizationRunsAtMostTwoExportsAtOnce() {
        for (int i = 0; i < 3; i++) {
            request(acme, ExportType.ACTIVITY);
        }
        request(globex, ExportType.ACTIVITY);

        var first = jobs.claim(clock.instant(), ExportService.LEASE, ExportService.MAX_RUNNING_PER_ORGANIZATION);
        var second = jobs.claim(clock.instant(), ExportService.LEASE, ExportService.MAX_RUNNING_PER_ORGANIZATION);
        var third = jobs.claim(clock.instant(), ExportService.LEASE, ExportService.MAX_RUNNING_PER_ORGANIZATION);

        assertThat(List.of(first, second, third)).allMatch(Optional::isPresent);
        assertThat(third.orElseThrow().job().organizationId()).isEqualTo(globex);
        assertThat(service.runNext()).isFalse();
    }

    @Test
    void aCourseMustBelongToTheOrganizationAndTicketsCannotBeNarrowedByOne() {
        ExportFilters course = new ExportFilters(Optional.empty(), Optional.empty(), Optional.of(9L));
        rows.addCourse(globex, 9);

        assertThatThrownBy(() -> service.request(acme, new ExportRequest(ExportType.ACTIVITY, course)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("course_id"));
        assertThatThrownBy(() -> service.request(acme, new ExportRequest(ExportType.TICKETS, course)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.reason()).contains("not available for tickets"));
        rows.addCourse(acme, 9);
        assertThat(service.request(acme, new ExportRequest(ExportType.ACTIVITY, course)).job().filters().courseId()).contains(9L);
    }

    @Test
    void aRunWhoseLeaseWasTakenOverNeverReplacesTheFileOfTheRunThatTookIt() {
        rows.add(acme, ExportType.TICKETS, List.of("tkt_1", "First", "open"));
        ExportService[] worker = new ExportService[1];
        boolean[] stalled = {false};
        ExportRowSource stallingOnce = new ExportRowSource() {
            @Override
            public boolean hasCourse(OrganizationId org, long courseId) {
                return rows.hasCourse(org, courseId);
            }

            @Override
            public void stream(OrganizationId org, ExportType type, ExportFilters filters, ExportSink sink) {
                if (stalled[0]) {
                    rows.stream(org, type, filters, sink);
                    return;
                }
                stalled[0] = true;
                sink.row(List.of("tkt_stale", "Written by the run that stalled", "open"));
                clock.advance(ExportService.LEASE.plusSeconds(1));
                rows.add(acme, ExportType.TICKETS, List.of("tkt_2", "Second", "open"));
                assertThat(worker[0].runNext()).isTrue();
            }
        };
        worker[0] = new ExportService(jobs, stallingOnce, files, adapters.transactions(), adapters.outbox(), new SequentialIdGenerator(500),
                clock);
        ExportView queued = worker[0].request(acme, new ExportRequest(ExportType.TICKETS, ExportFilters.NONE));

        assertThat(worker[0].runNext()).isTrue();

        ExportView done = worker[0].get(acme, queued.job().id());
        String text = files.text(queued.job().id()).orElseThrow();
        assertThat(text).contains("tkt_1,First,open").contains("tkt_2,Second,open").doesNotContain("tkt_stale");
        assertThat(done.job().file().orElseThrow().rowCount()).isEqualTo(2);
        assertThat(done.job().file().orElseThrow().sha256()).isEqualTo(InMemoryExportFileStore.sha256(text.getBytes(StandardCharsets.UTF_8)));
        assertThat(adapters.outbox().events()).singleElement().isInstanceOf(ExportCompleted.class);
        assertThat(files.openDrafts()).isZero();
    }
}
