package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An export job: what it exports, where it stands, and, once it succeeded, its file's facts and download link. */
public record ExportResponse(long id, String type, String status, ExportFiltersResponse filters,
                             @JsonProperty("row_count") Long rowCount, @JsonProperty("size_bytes") Long sizeBytes,
                             String sha256, @JsonProperty("failure_reason") String failureReason,
                             @JsonProperty("download_url") String downloadUrl,
                             @JsonProperty("created_at") String createdAt, @JsonProperty("started_at") String startedAt,
                             @JsonProperty("completed_at") String completedAt, @JsonProperty("expires_at") String expiresAt) {

    /** The filters the export was requested with; null when not given. */
    public record ExportFiltersResponse(String from, String to, @JsonProperty("course_id") Long courseId) {
    }
}
