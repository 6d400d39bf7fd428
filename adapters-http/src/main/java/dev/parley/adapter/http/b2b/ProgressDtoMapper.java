package dev.parley.adapter.http.b2b;

import dev.parley.adapter.http.b2b.dto.AttemptResponse;
import dev.parley.adapter.http.b2b.dto.LessonProgressResponse;
import dev.parley.adapter.http.support.Timestamps;
import dev.parley.application.learning.port.in.AttemptResult;
import dev.parley.application.learning.port.in.LessonProgressView;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Maps a learner's progress to the b2b surface's snake_case, integer-id shapes. */
@Mapper
public interface ProgressDtoMapper {
    ProgressDtoMapper INSTANCE = Mappers.getMapper(ProgressDtoMapper.class);

    default AttemptResponse toAttempt(AttemptResult result) {
        return new AttemptResponse(result.correct(), result.score(), result.xpAwarded(), result.correctAnswer().orElse(null));
    }

    default LessonProgressResponse toLessonProgress(LessonProgressView view) {
        return new LessonProgressResponse(view.lesson().value(), view.title().value(), view.items().completed(), view.items().total(),
                view.items().percent(), view.completedAt().map(Timestamps::micros).orElse(null));
    }
}
