package dev.parley.domain.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExportJobTest {
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");
    private static final OrganizationId ORG = new OrganizationId(7);
    private static final ExportFile FILE = new ExportFile(3, 120, "a".repeat(64));

    private static ExportJob queued(ExportType type) {
        return ExportJob.queue(new ExportJobId(1), ORG, type, ExportFilters.NONE, T0);
    }

    @Test
    void movesFromQueuedThroughRunningToSucceededAndExpiresSevenDaysLater() {
        ExportJob running = queued(ExportType.ACTIVITY).start(T0.plusSeconds(1));
        ExportJob done = running.succeed(FILE, T0.plusSeconds(2));

        assertThat(queued(ExportType.ACTIVITY).status(T0)).isEqualTo(ExportStatus.QUEUED);
        assertThat(running.status(T0)).isEqualTo(ExportStatus.RUNNING);
        assertThat(done.expiresAt()).contains(T0.plusSeconds(2).plus(ExportJob.RETENTION));
        assertThat(done.status(T0.plusSeconds(2).plus(ExportJob.RETENTION).minusNanos(1000))).isEqualTo(ExportStatus.SUCCEEDED);
        assertThat(done.status(T0.plusSeconds(2).plus(ExportJob.RETENTION))).isEqualTo(ExportStatus.EXPIRED);
        assertThat(done.downloadableFile()).isEqualTo(FILE);
    }

    @Test
    void aFailedJobKeepsItsReasonAndHasNoFile() {
        ExportJob failed = queued(ExportType.TICKETS).start(T0).fail("database unavailable", T0.plusSeconds(1));

        assertThat(failed.status(T0.plusSeconds(2))).isEqualTo(ExportStatus.FAILED);
        assertThat(failed.failureReason()).contains("database unavailable");
        assertThat(failed.file()).isEmpty();
        assertThatThrownBy(failed::downloadableFile).isInstanceOf(Conflict.class);
    }

    @Test
    void anAbandonedRunStartsAgainFromScratch() {
        ExportJob rerun = queued(ExportType.COMPLETIONS).start(T0).start(T0.plusSeconds(60));

        assertThat(rerun.startedAt()).contains(T0.plusSeconds(60));
        assertThatThrownBy(() -> rerun.succeed(FILE, T0).start(T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void cannotBeDownloadedBeforeItSucceeds() {
        assertThatThrownBy(() -> queued(ExportType.ACTIVITY).downloadableFile()).isInstanceOf(Conflict.class)
                .hasMessageContaining("queued");
        assertThatThrownBy(() -> queued(ExportType.ACTIVITY).succeed(FILE, T0)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCourseNarrowsOnlyLearningExports() {
        ExportFilters course = new ExportFilters(Optional.empty(), Optional.empty(), Optional.of(5L));

        assertThat(course.forType(ExportType.LEARNER_PROGRESS)).isEqualTo(course);
        assertThatThrownBy(() -> course.forType(ExportType.TICKETS)).isInstanceOf(InvalidInput.class)
                .extracting(e -> ((InvalidInput) e).field()).isEqualTo("course_id");
    }

    @Test
    void theRangeMustNotRunBackwards() {
        LocalDate day = LocalDate.of(2026, 3, 1);

        assertThat(new ExportFilters(Optional.of(day), Optional.of(day), Optional.empty()).from()).contains(day);
        assertThatThrownBy(() -> new ExportFilters(Optional.of(day), Optional.of(day.minusDays(1)), Optional.empty()))
                .isInstanceOf(InvalidInput.class).extracting(e -> ((InvalidInput) e).field()).isEqualTo("to");
    }

    @Test
    void typesParseFromTheirWireNames() {
        assertThat(ExportType.parse("type", "learner_progress")).isEqualTo(ExportType.LEARNER_PROGRESS);
        assertThatThrownBy(() -> ExportType.parse("type", "users")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("learner_progress, completions, activity, tickets");
    }
}
