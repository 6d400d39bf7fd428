package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** The lesson to take next, its course, how far the learner got in it, and why: {@code continue} or {@code start}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"lesson_id", "course_id", "course_title", "title", "position", "completed_items", "total_items", "reason"})
public record RecommendedLessonResponse(long lessonId, long courseId, String courseTitle, String title, int position,
                                        long completedItems, long totalItems, String reason) {
}
