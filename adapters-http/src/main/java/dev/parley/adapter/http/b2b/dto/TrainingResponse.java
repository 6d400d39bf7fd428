package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A training of a lesson, with its number of items. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"id", "lesson_id", "title", "kind", "position", "item_count", "created_at", "updated_at"})
public record TrainingResponse(long id, long lessonId, String title, String kind, int position, long itemCount,
                               String createdAt, String updatedAt) {
}
