package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A learner's estimated CEFR level per skill and overall (null without enough evidence), the evidence, and the method's thresholds. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"user_id", "overall_level", "skills", "method"})
public record CefrReportResponse(long userId, String overallLevel, List<SkillReport> skills, Method method) {
    /** One skill's estimate and its answers at each level practised, lowest level first. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"skill", "level", "attempts", "correct", "accuracy", "evidence"})
    public record SkillReport(String skill, String level, long attempts, long correct, double accuracy, List<Evidence> evidence) {
    }

    /** The answers at one level and whether they demonstrate it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"level", "attempts", "correct", "accuracy", "demonstrated"})
    public record Evidence(String level, int attempts, int correct, double accuracy, boolean demonstrated) {
    }

    /** The thresholds: answers and accuracy that demonstrate a level, and how many skills make the overall level. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"min_attempts", "min_accuracy", "overall_quorum"})
    public record Method(int minAttempts, double minAccuracy, int overallQuorum) {
    }
}
