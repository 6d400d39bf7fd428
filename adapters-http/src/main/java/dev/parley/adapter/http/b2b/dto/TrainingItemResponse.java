package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/** An exercise of a training; {@code solution} only for authors, and only for types that have one. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"id", "training_id", "type", "skill", "cefr_level", "xp", "position", "self_scored", "content", "solution",
        "created_at", "updated_at"})
public record TrainingItemResponse(long id, long trainingId, String type, String skill, String cefrLevel, int xp, int position,
                                   boolean selfScored, Map<String, Object> content,
                                   @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> solution,
                                   String createdAt, String updatedAt) {
}
