package dev.parley.adapter.http.b2b;

import dev.parley.adapter.http.support.Json;
import dev.parley.adapter.http.support.StoredEventData;
import dev.parley.adapter.http.support.SurfaceEventData;
import dev.parley.application.export.port.in.ExportView;
import dev.parley.domain.export.ExportFile;
import dev.parley.domain.export.ExportFilters;
import dev.parley.domain.export.ExportJob;
import dev.parley.domain.export.ExportJobId;
import dev.parley.domain.export.ExportStatus;
import dev.parley.domain.export.ExportType;
import dev.parley.domain.shared.JsonFragment;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.webhook.EventCatalog;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Learning, export and ping events as the b2b surface shows them: snake_case, integer ids, times as
 * {@code 2024-03-15T14:23:00.000000Z}. Learning events are recorded in that shape already (the learner as
 * {@code user_id}, courses, lessons and trainings by their integer ids); an export is {@code GET
 * /api/integrations/exports/{id}} at the moment it finished, through {@link ExportDtoMapper} as the route does.
 */
public final class B2bEventData implements SurfaceEventData {
    public static final Set<String> LEARNING_TYPES = Set.of("learner.enrolled", "training.completed", "lesson.completed",
            "course.completed", "achievement.unlocked", "cefr.level_changed");

    @Override
    public Set<String> types() {
        Set<String> types = new HashSet<>(LEARNING_TYPES);
        types.addAll(Set.of(EventCatalog.EXPORT_COMPLETED, EventCatalog.EXPORT_FAILED, EventCatalog.PING));
        return Set.copyOf(types);
    }

    @Override
    public JsonFragment render(String type, OrganizationId organization, StoredEventData data) {
        if (LEARNING_TYPES.contains(type) || type.equals(EventCatalog.PING)) {
            return JsonFragment.of(data.asMap());
        }
        return switch (type) {
            case EventCatalog.EXPORT_COMPLETED, EventCatalog.EXPORT_FAILED -> export(organization, data);
            default -> throw new IllegalArgumentException("the b2b surface does not own " + type);
        };
    }

    private static JsonFragment export(OrganizationId organization, StoredEventData data) {
        ExportStatus status = data.choice("status", ExportStatus.values(), ExportStatus::wireName);
        Optional<ExportFile> file = status == ExportStatus.SUCCEEDED
                ? Optional.of(new ExportFile(data.number("row_count"), data.number("size_bytes"), data.text("sha256")))
                : Optional.empty();
        ExportJob job = new ExportJob(new ExportJobId(data.number("id")), organization,
                ExportType.parse("type", data.text("type")),
                new ExportFilters(data.optionalText("filter_from").map(LocalDate::parse), data.optionalText("filter_to").map(LocalDate::parse),
                        data.optionalNumber("filter_course_id")),
                status, data.instant("created_at"), data.optionalInstant("started_at"), data.optionalInstant("finished_at"),
                file, data.optionalInstant("expires_at"), data.optionalText("failure_reason"));
        return Json.fragment(ExportDtoMapper.toExport(new ExportView(job, status)));
    }
}
