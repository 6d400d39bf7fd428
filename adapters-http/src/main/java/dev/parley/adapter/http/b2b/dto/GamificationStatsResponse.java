package dev.parley.adapter.http.b2b.dto;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A learner's XP, level, streaks, daily goal and every achievement, locked or with when it unlocked. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonPropertyOrder({"user_id", "time_zone", "total_xp", "level", "level_progress", "current_streak", "longest_streak", "active_today",
        "daily_goal", "achievements"})
public record GamificationStatsResponse(long userId, String timeZone, long totalXp, int level, LevelProgress levelProgress,
                                        int currentStreak, int longestStreak, boolean activeToday, DailyGoal dailyGoal,
                                        List<AchievementStatus> achievements) {
    /** Where the learner stands within their level. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"level_start_xp", "next_level_xp", "xp_to_next_level", "percent"})
    public record LevelProgress(long levelStartXp, long nextLevelXp, long xpToNextLevel, int percent) {
    }

    /** XP earned on the learner's current local day against the target. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"date", "target_xp", "earned_xp", "remaining_xp", "met"})
    public record DailyGoal(String date, int targetXp, long earnedXp, long remainingXp, boolean met) {
    }

    /** One achievement; {@code unlocked_at} is null while it is locked. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    @JsonPropertyOrder({"key", "unlocked", "unlocked_at"})
    public record AchievementStatus(String key, boolean unlocked, String unlockedAt) {
    }
}
