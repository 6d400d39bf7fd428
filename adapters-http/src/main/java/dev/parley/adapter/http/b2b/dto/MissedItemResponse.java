package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** An item a learner keeps missing and where it sits; {@code prompt} is null for an item without one. Never its solution. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"training_item_id", "training_id", "lesson_id", "course_id", "type", "skill", "prompt", "attempts", "misses",
        "completed"})
public record MissedItemResponse(long trainingItemId, long trainingId, long lessonId, long courseId, String type, String skill,
                                 String prompt, int attempts, int misses, boolean completed) {
}
