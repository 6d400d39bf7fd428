package dev.parley.application.learning;

import dev.parley.application.learning.port.in.GamificationQueries;
import dev.parley.application.learning.port.in.GamificationStats;
import dev.parley.application.learning.port.out.AchievementRepository;
import dev.parley.application.learning.port.out.LearnerActivityRepository;
import dev.parley.domain.learning.Learner;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.ActivityTotals;
import dev.parley.domain.learning.progress.DailyGoal;
import dev.parley.domain.learning.progress.Streaks;
import dev.parley.domain.learning.progress.XpLevels;
import dev.parley.domain.shared.OrganizationId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/** Reads a learner's gamification numbers from their kept totals: one row overall, one per active day, their achievements. */
public final class GamificationService implements GamificationQueries {
    private final Learners learners;
    private final LearnerActivityRepository activity;
    private final AchievementRepository achievements;
    private final Clock clock;

    public GamificationService(LearningProgressPorts ports, Clock clock) {
        this.learners = new Learners(ports.learners());
        this.activity = ports.activity();
        this.achievements = ports.achievements();
        this.clock = clock;
    }

    @Override
    public GamificationStats stats(OrganizationId org, LearnerId learnerId) {
        Learner learner = learners.require(org, learnerId);
        Instant now = clock.instant();
        LocalDate today = now.atZone(learner.zone()).toLocalDate();
        long earnedToday = activity.days(org, learnerId, today, today).values().stream().mapToLong(ActivityTotals::xp).sum();
        return new GamificationStats(learner,
                XpLevels.progress(activity.totals(org, learnerId).xp()),
                Streaks.of(activity.firstActivityOfEachDay(org, learnerId), learner.zone(), now),
                DailyGoal.standard().progressOn(today, earnedToday),
                achievements.unlocked(org, learnerId));
    }
}
