package dev.parley.domain.export;

import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The events an export job records when it finishes. */
public final class ExportEvents {
    private ExportEvents() {
    }

    /** An export's file was published and can be downloaded until it expires. */
    public record ExportCompleted(ExportJob job, Instant occurredAt) implements DomainEvent {
        public String type() { return "export.completed"; }
        public OrganizationId organizationId() { return job.organizationId(); }
        public Map<String, Object> data() {
            ExportFile file = job.file().orElseThrow();
            Map<String, Object> data = common(job);
            data.put("row_count", file.rowCount());
            data.put("size_bytes", file.sizeBytes());
            data.put("sha256", file.sha256());
            data.put("expires_at", job.expiresAt().orElseThrow().toString());
            return data;
        }
    }

    /** An export could not be generated. */
    public record ExportFailed(ExportJob job, Instant occurredAt) implements DomainEvent {
        public String type() { return "export.failed"; }
        public OrganizationId organizationId() { return job.organizationId(); }
        public Map<String, Object> data() {
            Map<String, Object> data = common(job);
            data.put("failure_reason", job.failureReason().orElseThrow());
            return data;
        }
    }

    private static Map<String, Object> common(ExportJob job) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", job.id().value());
        data.put("type", job.type().wireName());
        data.put("status", job.storedStatus().wireName());
        data.put("filter_from", job.filters().from().map(Object::toString).orElse(null));
        data.put("filter_to", job.filters().to().map(Object::toString).orElse(null));
        data.put("filter_course_id", job.filters().courseId().orElse(null));
        data.put("created_at", job.createdAt().toString());
        data.put("started_at", job.startedAt().map(Instant::toString).orElse(null));
        data.put("finished_at", job.finishedAt().map(Instant::toString).orElse(null));
        return data;
    }
}
