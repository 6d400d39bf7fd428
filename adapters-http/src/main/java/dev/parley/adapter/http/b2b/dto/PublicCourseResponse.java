package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A published course as the public catalogue shows it: no status, no authoring times, and only a lesson outline. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"id", "slug", "title", "description", "language", "source_language", "cefr_level", "published_at", "lessons"})
public record PublicCourseResponse(long id, String slug, String title, String description, String language,
                                   String sourceLanguage, String cefrLevel, String publishedAt, List<LessonTitle> lessons) {
    /** A lesson by its place and title. */
    public record LessonTitle(long id, String title, int position) {
    }
}
