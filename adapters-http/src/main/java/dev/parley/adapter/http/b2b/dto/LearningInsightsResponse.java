package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A learner's insights; {@code recommended_next_lesson} and {@code minutes_change_percent} are null when there is none. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"user_id", "time_zone", "strongest_skills", "weakest_skills", "most_missed_items", "recommended_next_lesson",
        "minutes_this_week", "minutes_last_week", "minutes_change_percent"})
public record LearningInsightsResponse(long userId, String timeZone, List<SkillAccuracyResponse> strongestSkills,
                                       List<SkillAccuracyResponse> weakestSkills, List<MissedItemResponse> mostMissedItems,
                                       RecommendedLessonResponse recommendedNextLesson, long minutesThisWeek, long minutesLastWeek,
                                       Long minutesChangePercent) {
}
