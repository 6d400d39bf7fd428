package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A skill's attempts over every level, how many were correct, and that share to four decimals. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"skill", "attempts", "correct", "accuracy"})
public record SkillAccuracyResponse(String skill, int attempts, int correct, double accuracy) {
}
