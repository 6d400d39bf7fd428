package dev.parley.adapter.http.b2b;

import dev.parley.adapter.http.b2b.dto.CefrReportResponse;
import dev.parley.adapter.http.b2b.dto.GamificationStatsResponse;
import dev.parley.adapter.http.b2b.dto.ProgressHistoryResponse;
import dev.parley.domain.shared.Share;
import dev.parley.adapter.http.support.Timestamps;
import dev.parley.application.learning.port.in.CefrReport;
import dev.parley.application.learning.port.in.GamificationStats;
import dev.parley.application.learning.port.in.ProgressHistoryView;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.progress.Achievement;
import dev.parley.domain.learning.progress.CefrEstimator;
import dev.parley.domain.learning.progress.CefrEstimator.LevelEvidence;
import dev.parley.domain.learning.progress.CefrEstimator.SkillEstimate;
import dev.parley.domain.learning.progress.XpLevels.XpProgress;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Maps a learner's gamification numbers, history and CEFR report to the b2b surface's snake_case shapes. */
@Mapper
public interface LearnerReportDtoMapper {
    LearnerReportDtoMapper INSTANCE = Mappers.getMapper(LearnerReportDtoMapper.class);

    default GamificationStatsResponse toStats(GamificationStats stats) {
        XpProgress xp = stats.xp();
        var goal = stats.dailyGoal();
        List<GamificationStatsResponse.AchievementStatus> achievements = Arrays.stream(Achievement.values())
                .map(a -> achievement(a, Optional.ofNullable(stats.achievements().get(a)))).toList();
        return new GamificationStatsResponse(stats.learner().id().value(), stats.learner().zone().getId(), xp.totalXp(), xp.level(),
                new GamificationStatsResponse.LevelProgress(xp.levelStartXp(), xp.nextLevelXp(), xp.xpForNextLevel(),
                        (int) Math.floor(xp.progress() * 100)),
                stats.streak().current(), stats.streak().longest(), stats.streak().activeToday(),
                new GamificationStatsResponse.DailyGoal(goal.day().toString(), goal.targetXp(), goal.earnedXp(), goal.remainingXp(),
                        goal.met()),
                achievements);
    }

    private static GamificationStatsResponse.AchievementStatus achievement(Achievement achievement, Optional<Instant> unlockedAt) {
        return new GamificationStatsResponse.AchievementStatus(achievement.wireName(), unlockedAt.isPresent(),
                unlockedAt.map(Timestamps::micros).orElse(null));
    }

    default ProgressHistoryResponse toHistory(ProgressHistoryView view) {
        var range = view.range();
        return new ProgressHistoryResponse(
                view.buckets().stream().map(b -> new ProgressHistoryResponse.Bucket(b.date().toString(), b.xp(), b.itemsCompleted(),
                        b.minutes())).toList(),
                new ProgressHistoryResponse.Meta(view.learner().id().value(), range.from().toString(), range.to().toString(),
                        range.granularity().wireName(), view.learner().zone().getId()));
    }

    default CefrReportResponse toCefrReport(CefrReport report) {
        var estimate = report.estimate();
        return new CefrReportResponse(report.learner().id().value(), estimate.overall().map(CefrLevel::wireName).orElse(null),
                Arrays.stream(Skill.values()).map(estimate::skill).map(LearnerReportDtoMapper::skill).toList(),
                new CefrReportResponse.Method(CefrEstimator.MIN_ATTEMPTS, CefrEstimator.MIN_ACCURACY_PERCENT / 100.0,
                        CefrEstimator.OVERALL_QUORUM));
    }

    private static CefrReportResponse.SkillReport skill(SkillEstimate estimate) {
        long attempts = estimate.evidence().stream().mapToLong(LevelEvidence::attempts).sum();
        long correct = estimate.evidence().stream().mapToLong(LevelEvidence::correct).sum();
        return new CefrReportResponse.SkillReport(estimate.skill().wireName(), estimate.level().map(CefrLevel::wireName).orElse(null),
                attempts, correct, Share.of(correct, attempts),
                estimate.evidence().stream().map(e -> new CefrReportResponse.Evidence(e.level().wireName(), e.attempts(), e.correct(),
                        Share.of(e.correct(), e.attempts()), e.demonstrated())).toList());
    }
}
