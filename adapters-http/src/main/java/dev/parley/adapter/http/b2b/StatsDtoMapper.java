package dev.parley.adapter.http.b2b;

import dev.parley.adapter.http.b2b.dto.StatsResponse;
import dev.parley.application.learning.port.in.LearningCounts;
import dev.parley.application.learning.port.in.LearningStatsView;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Maps an organization's learning numbers to the b2b surface's snake_case shape. */
@Mapper
public interface StatsDtoMapper {
    StatsDtoMapper INSTANCE = Mappers.getMapper(StatsDtoMapper.class);

    default StatsResponse toStats(LearningStatsView view) {
        LearningCounts c = view.counts();
        return new StatsResponse(c.learners(), view.activeLearners7d(), view.activeLearners30d(), c.courses(), c.publishedCourses(),
                c.lessons(), c.enrollments(), new StatsResponse.Completions(c.trainingCompletions(), c.lessonCompletions(),
                c.courseCompletions()), c.attempts(), c.correctAttempts(), view.accuracy(), c.totalXp());
    }
}
