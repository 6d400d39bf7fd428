package dev.parley.adapter.http.b2b;

import static dev.parley.adapter.http.support.StoredEvents.shown;
import static dev.parley.adapter.http.support.StoredEvents.stored;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.http.support.StoredEventData;
import dev.parley.adapter.http.support.StoredEvents;
import dev.parley.application.contract.Seed;
import dev.parley.application.export.port.in.ExportView;
import dev.parley.domain.export.ExportEvents.ExportCompleted;
import dev.parley.domain.export.ExportEvents.ExportFailed;
import dev.parley.domain.export.ExportFile;
import dev.parley.domain.export.ExportFilters;
import dev.parley.domain.export.ExportJob;
import dev.parley.domain.export.ExportJobId;
import dev.parley.domain.export.ExportType;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.progress.Achievement;
import dev.parley.domain.learning.progress.ProgressEvents.AchievementUnlocked;
import dev.parley.domain.learning.progress.ProgressEvents.CefrLevelChanged;
import dev.parley.domain.learning.progress.ProgressEvents.LessonCompleted;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.EventCatalog;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Learning, export and ping events come out in the b2b dialect; an export exactly as its route shows it. */
class B2bEventDataTest {
    private static final OrganizationId ORG = new OrganizationId(5);
    private static final String SHA = "ab".repeat(32);

    private final B2bEventData b2b = new B2bEventData();

    private Map<String, Object> render(DomainEvent event) {
        return shown(b2b.render(event.type(), event.organizationId(), new StoredEventData(stored(event))));
    }

    private static ExportJob running() {
        return ExportJob.queue(new ExportJobId(77), ORG, ExportType.COMPLETIONS,
                new ExportFilters(Optional.of(LocalDate.of(2024, 3, 1)), Optional.empty(), Optional.of(12L)), Seed.T0)
                .start(Seed.T0.plusSeconds(2));
    }

    @Test
    void a_completed_export_is_the_export_as_its_route_shows_it() {
        ExportJob done = running().succeed(new ExportFile(41, 2048, SHA), Seed.T0.plusSeconds(9));

        Map<String, Object> data = render(new ExportCompleted(done, Seed.T0.plusSeconds(9)));

        assertThat(data).isEqualTo(StoredEvents.plain(ExportDtoMapper.toExport(new ExportView(done, done.storedStatus()))));
        assertThat(data).containsEntry("id", 77).containsEntry("status", "succeeded").containsEntry("row_count", 41)
                .containsEntry("completed_at", "2024-03-15T14:23:09.123456Z").containsEntry("expires_at", "2024-03-22T14:23:09.123456Z")
                .containsEntry("download_url", "/api/integrations/exports/77/download")
                .containsKey("filters");
        @SuppressWarnings("unchecked") Map<String, Object> filters = (Map<String, Object>) data.get("filters");
        assertThat(filters).containsEntry("from", "2024-03-01").containsEntry("to", null)
                .containsEntry("course_id", 12);
    }

    @Test
    void a_failed_export_carries_its_reason_and_no_file() {
        ExportJob failed = running().fail("the course was deleted", Seed.T0.plusSeconds(4));

        Map<String, Object> data = render(new ExportFailed(failed, Seed.T0.plusSeconds(4)));

        assertThat(data).isEqualTo(StoredEvents.plain(ExportDtoMapper.toExport(new ExportView(failed, failed.storedStatus()))));
        assertThat(data).containsEntry("status", "failed").containsEntry("failure_reason", "the course was deleted")
                .containsEntry("row_count", null).containsEntry("download_url", null);
    }

    @Test
    void learning_events_keep_the_b2b_integer_ids_they_were_recorded_with() {
        LearnerId learner = new LearnerId(31);
        assertThat(render(new LessonCompleted(ORG, learner, new CourseId(4), new LessonId(9), true, Seed.T0)))
                .isEqualTo(Map.of("user_id", 31, "course_id", 4, "lesson_id", 9, "perfect", true));
        assertThat(render(new AchievementUnlocked(ORG, learner, Achievement.FIRST_LESSON, Seed.T0)))
                .isEqualTo(Map.of("user_id", 31, "achievement", Achievement.FIRST_LESSON.wireName()));
        Map<String, Object> overall = new HashMap<>();
        overall.put("user_id", 31);
        overall.put("skill", null);
        overall.put("from", null);
        overall.put("to", CefrLevel.A2.wireName());
        assertThat(render(new CefrLevelChanged(ORG, learner, Optional.empty(), Optional.empty(), Optional.of(CefrLevel.A2), Seed.T0)))
                .isEqualTo(overall);
        assertThat(render(new CefrLevelChanged(ORG, learner, Optional.of(Skill.values()[0]), Optional.of(CefrLevel.A1),
                Optional.of(CefrLevel.A2), Seed.T0))).containsEntry("skill", Skill.values()[0].wireName());
    }

    @Test
    void it_owns_learning_exports_and_the_ping() {
        assertThat(b2b.types()).containsExactlyInAnyOrder("learner.enrolled", "training.completed", "lesson.completed",
                "course.completed", "achievement.unlocked", "cefr.level_changed", EventCatalog.EXPORT_COMPLETED,
                EventCatalog.EXPORT_FAILED, EventCatalog.PING);
        assertThat(shown(b2b.render(EventCatalog.PING, ORG, new StoredEventData(Map.of("webhook_id", 12))))).isEqualTo(Map.of("webhook_id", 12));
    }
}
