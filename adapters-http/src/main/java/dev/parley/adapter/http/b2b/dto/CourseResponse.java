package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A course as lists show it. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"id", "slug", "title", "description", "language", "source_language", "cefr_level", "status", "published_at",
        "created_at", "updated_at"})
public record CourseResponse(long id, String slug, String title, String description, String language, String sourceLanguage,
                             String cefrLevel, String status, String publishedAt, String createdAt, String updatedAt) {
}
