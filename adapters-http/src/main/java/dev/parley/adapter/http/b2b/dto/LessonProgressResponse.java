package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A learner's progress in one lesson. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"lesson_id", "title", "completed_items", "total_items", "percent", "completed_at"})
public record LessonProgressResponse(long lessonId, String title, long completedItems, long totalItems, int percent,
                                     String completedAt) {
}
