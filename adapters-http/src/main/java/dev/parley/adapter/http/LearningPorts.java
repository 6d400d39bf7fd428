package dev.parley.adapter.http;

import dev.parley.application.learning.port.in.AttemptUseCase;
import dev.parley.application.learning.port.in.CatalogQueries;
import dev.parley.application.learning.port.in.CourseQueries;
import dev.parley.application.learning.port.in.CefrReportQueries;
import dev.parley.application.learning.port.in.CourseUseCase;
import dev.parley.application.learning.port.in.GamificationQueries;
import dev.parley.application.learning.port.in.LeaderboardQueries;
import dev.parley.application.learning.port.in.LearnerCalendarUseCase;
import dev.parley.application.learning.port.in.LearningInsightsQueries;
import dev.parley.application.learning.port.in.LearningStatsQueries;
import dev.parley.application.learning.port.in.LessonProgressQueries;
import dev.parley.application.learning.port.in.LessonQueries;
import dev.parley.application.learning.port.in.LessonUseCase;
import dev.parley.application.learning.port.in.ProgressHistoryQueries;
import dev.parley.application.learning.port.in.TrainingItemQueries;
import dev.parley.application.learning.port.in.TrainingItemUseCase;
import dev.parley.application.learning.port.in.TrainingQueries;
import dev.parley.application.learning.port.in.TrainingUseCase;

/** The learning context's in-ports the HTTP layer calls: content, the public catalogue, and learners' progress. */
public record LearningPorts(
        CourseUseCase courses,
        CourseQueries courseQueries,
        CatalogQueries catalog,
        LessonUseCase lessons,
        LessonQueries lessonQueries,
        TrainingUseCase trainings,
        TrainingQueries trainingQueries,
        TrainingItemUseCase trainingItems,
        TrainingItemQueries trainingItemQueries,
        AttemptUseCase attempts,
        LessonProgressQueries lessonProgress,
        LearnerCalendarUseCase calendar,
        GamificationQueries gamification,
        ProgressHistoryQueries progressHistory,
        CefrReportQueries cefrReport,
        LearningInsightsQueries insights,
        LeaderboardQueries leaderboard,
        LearningStatsQueries stats) {
}
