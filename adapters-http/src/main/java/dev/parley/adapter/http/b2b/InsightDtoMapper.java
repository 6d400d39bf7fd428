package dev.parley.adapter.http.b2b;

import dev.parley.adapter.http.b2b.dto.LearningInsightsResponse;
import dev.parley.adapter.http.b2b.dto.MissedItemResponse;
import dev.parley.adapter.http.b2b.dto.RecommendedLessonResponse;
import dev.parley.adapter.http.b2b.dto.SkillAccuracyResponse;
import dev.parley.domain.shared.Share;
import dev.parley.application.learning.port.in.LearningInsightsView;
import dev.parley.application.learning.port.in.MissedItemView;
import dev.parley.application.learning.port.in.RecommendedLesson;
import dev.parley.domain.learning.progress.SkillRanking.SkillAccuracy;
import java.util.List;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Maps a learner's insights to the b2b surface's snake_case, integer-id shapes. */
@Mapper
public interface InsightDtoMapper {
    InsightDtoMapper INSTANCE = Mappers.getMapper(InsightDtoMapper.class);

    default LearningInsightsResponse toInsights(LearningInsightsView view) {
        return new LearningInsightsResponse(view.learner().value(), view.zone().getId(), skills(view.skills().strongest()),
                skills(view.skills().weakest()), view.mostMissed().stream().map(this::toMissedItem).toList(),
                view.nextLesson().map(this::toRecommendedLesson).orElse(null), view.minutes().minutesThisWeek(),
                view.minutes().minutesLastWeek(), view.minutes().changePercent().orElse(null));
    }

    private List<SkillAccuracyResponse> skills(List<SkillAccuracy> skills) {
        return skills.stream().map(s -> new SkillAccuracyResponse(s.skill().wireName(), s.attempts(), s.correct(),
                Share.of(s.correct(), s.attempts()))).toList();
    }

    default MissedItemResponse toMissedItem(MissedItemView item) {
        return new MissedItemResponse(item.item().value(), item.training().value(), item.lesson().value(), item.course().value(),
                item.type().wireName(), item.skill().wireName(), item.prompt().orElse(null), item.attempts(), item.misses(), item.completed());
    }

    default RecommendedLessonResponse toRecommendedLesson(RecommendedLesson lesson) {
        return new RecommendedLessonResponse(lesson.lesson().value(), lesson.course().value(), lesson.courseTitle().value(),
                lesson.title().value(), lesson.position().value(), lesson.items().completed(), lesson.items().total(),
                lesson.reason().wireName());
    }
}
