package dev.parley.adapter.http.b2b;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.http.b2b.dto.LearningInsightsResponse;
import dev.parley.adapter.http.b2b.dto.MissedItemResponse;
import dev.parley.adapter.http.b2b.dto.RecommendedLessonResponse;
import dev.parley.adapter.http.b2b.dto.SkillAccuracyResponse;
import dev.parley.application.learning.port.in.LearningInsightsView;
import dev.parley.application.learning.port.in.MissedItemView;
import dev.parley.application.learning.port.in.RecommendedLesson;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.Title;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.exercise.ItemType;
import dev.parley.domain.learning.progress.ItemCount;
import dev.parley.domain.learning.progress.NextLesson.Reason;
import dev.parley.domain.learning.progress.SkillRanking.Ranking;
import dev.parley.domain.learning.progress.SkillRanking.SkillAccuracy;
import dev.parley.domain.learning.progress.WeekOverWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InsightDtoMapperTest {
    private final InsightDtoMapper mapper = InsightDtoMapper.INSTANCE;

    @Test
    void accuraciesAreRoundedHalfUpToFourDecimalsAndIdsBecomeIntegers() {
        LearningInsightsView view = new LearningInsightsView(new LearnerId(17), ZoneId.of("Europe/Berlin"),
                new Ranking(List.of(new SkillAccuracy(Skill.READING, 40, 36), new SkillAccuracy(Skill.GRAMMAR, 32, 1)),
                        List.of(new SkillAccuracy(Skill.LISTENING, 12, 5))),
                List.of(new MissedItemView(new TrainingItemId(9), new TrainingId(3), new LessonId(2), new CourseId(1),
                        ItemType.MATCH_PAIRS, Skill.LISTENING, Optional.empty(), 4, 3, false)),
                Optional.of(new RecommendedLesson(new LessonId(5), new CourseId(1), new Title("Japanese A1"), new Title("Greetings"),
                        new Position(2), new ItemCount(3, 10), Reason.CONTINUE)),
                new WeekOverWeek(42, 30));

        LearningInsightsResponse response = mapper.toInsights(view);

        assertThat(response).isEqualTo(new LearningInsightsResponse(17, "Europe/Berlin",
                List.of(new SkillAccuracyResponse("reading", 40, 36, 0.9), new SkillAccuracyResponse("grammar", 32, 1, 0.0313)),
                List.of(new SkillAccuracyResponse("listening", 12, 5, 0.4167)),
                List.of(new MissedItemResponse(9, 3, 2, 1, "match_pairs", "listening", null, 4, 3, false)),
                new RecommendedLessonResponse(5, 1, "Japanese A1", "Greetings", 2, 3, 10, "continue"), 42, 30, 40L));
    }

    @Test
    void nothingToRecommendOrCompareIsNull() {
        LearningInsightsView view = new LearningInsightsView(new LearnerId(18), ZoneId.of("UTC"), new Ranking(List.of(), List.of()),
                List.of(), Optional.empty(), new WeekOverWeek(5, 0));

        LearningInsightsResponse response = mapper.toInsights(view);

        assertThat(response.recommendedNextLesson()).isNull();
        assertThat(response.minutesChangePercent()).isNull();
        assertThat(response.minutesThisWeek()).isEqualTo(5);
    }
}
