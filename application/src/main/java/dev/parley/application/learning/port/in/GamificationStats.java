package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.Learner;
import dev.parley.domain.learning.progress.Achievement;
import dev.parley.domain.learning.progress.DailyGoal;
import dev.parley.domain.learning.progress.Streaks.Streak;
import dev.parley.domain.learning.progress.XpLevels.XpProgress;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/** What a learner has earned: XP and level, streaks and today's goal in their zone, and when each achievement unlocked. */
public record GamificationStats(Learner learner, XpProgress xp, Streak streak, DailyGoal.Progress dailyGoal,
                                Map<Achievement, Instant> achievements) {
    public GamificationStats {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(xp, "xp");
        Objects.requireNonNull(streak, "streak");
        Objects.requireNonNull(dailyGoal, "dailyGoal");
        Map<Achievement, Instant> copy = new EnumMap<>(Achievement.class);
        copy.putAll(achievements);
        achievements = Collections.unmodifiableMap(copy);
    }
}
