package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Map;

/** A graded attempt; {@code correct_answer} only when the answer was wrong and the item's type has one to show. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"correct", "score", "xp_awarded", "correct_answer"})
public record AttemptResponse(boolean correct, double score, int xpAwarded,
                              @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, Object> correctAnswer) {
}
