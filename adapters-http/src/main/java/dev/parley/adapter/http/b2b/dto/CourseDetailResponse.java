package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A course with its lessons, their trainings and how many items each holds. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"id", "slug", "title", "description", "language", "source_language", "cefr_level", "status", "published_at",
        "created_at", "updated_at", "item_count", "lessons"})
public record CourseDetailResponse(long id, String slug, String title, String description, String language,
                                   String sourceLanguage, String cefrLevel, String status, String publishedAt,
                                   String createdAt, String updatedAt, long itemCount, List<LessonOutline> lessons) {
    /** A lesson of the course with its trainings. */
    public record LessonOutline(long id, String title, int position, List<TrainingOutline> trainings) {
    }

    /** A training of a lesson with its number of items. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record TrainingOutline(long id, String title, String kind, int position, long itemCount) {
    }
}
