package dev.parley.adapter.http.b2b;

import dev.parley.adapter.http.b2b.dto.CourseDetailResponse;
import dev.parley.adapter.http.b2b.dto.CourseResponse;
import dev.parley.adapter.http.b2b.dto.LessonResponse;
import dev.parley.adapter.http.b2b.dto.PublicCourseResponse;
import dev.parley.adapter.http.b2b.dto.TrainingItemResponse;
import dev.parley.adapter.http.b2b.dto.TrainingResponse;
import dev.parley.adapter.http.support.Timestamps;
import dev.parley.application.learning.port.in.CatalogEntry;
import dev.parley.application.learning.port.in.CourseView;
import dev.parley.application.learning.port.in.LessonOutline;
import dev.parley.application.learning.port.in.TrainingView;
import dev.parley.domain.learning.Course;
import dev.parley.domain.learning.CourseDetails;
import dev.parley.domain.learning.Lesson;
import dev.parley.domain.learning.Training;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.exercise.ItemSolution;
import java.time.Instant;
import java.util.Optional;
import org.mapstruct.Mapper;
import org.mapstruct.factory.Mappers;

/** Maps learning content to the b2b surface's snake_case, integer-id shapes. */
@Mapper
public interface LearningDtoMapper {
    LearningDtoMapper INSTANCE = Mappers.getMapper(LearningDtoMapper.class);

    default CourseResponse toCourse(Course course) {
        CourseDetails d = course.details();
        return new CourseResponse(course.id().value(), d.slug().value(), d.title().value(), d.description().orElse(null),
                d.language().value(), d.sourceLanguage().value(), d.cefrLevel().wireName(), course.status().wireName(),
                optionalTime(course.publishedAt()), time(course.createdAt()), time(course.updatedAt()));
    }

    default CourseDetailResponse toCourseDetail(CourseView view) {
        Course course = view.course();
        CourseDetails d = course.details();
        return new CourseDetailResponse(course.id().value(), d.slug().value(), d.title().value(), d.description().orElse(null),
                d.language().value(), d.sourceLanguage().value(), d.cefrLevel().wireName(), course.status().wireName(),
                optionalTime(course.publishedAt()), time(course.createdAt()), time(course.updatedAt()), view.itemCount(),
                view.lessons().stream().map(this::toLessonOutline).toList());
    }

    default CourseDetailResponse.LessonOutline toLessonOutline(LessonOutline outline) {
        Lesson lesson = outline.lesson();
        return new CourseDetailResponse.LessonOutline(lesson.id().value(), lesson.title().value(), lesson.position().value(),
                outline.trainings().stream().map(view -> new CourseDetailResponse.TrainingOutline(view.training().id().value(),
                        view.training().title().value(), view.training().kind().value(), view.training().position().value(),
                        view.itemCount())).toList());
    }

    default PublicCourseResponse toPublicCourse(CatalogEntry entry) {
        Course course = entry.course();
        CourseDetails d = course.details();
        return new PublicCourseResponse(course.id().value(), d.slug().value(), d.title().value(), d.description().orElse(null),
                d.language().value(), d.sourceLanguage().value(), d.cefrLevel().wireName(), optionalTime(course.publishedAt()),
                entry.lessons().stream().map(l -> new PublicCourseResponse.LessonTitle(l.id().value(), l.title().value(),
                        l.position().value())).toList());
    }

    default LessonResponse toLesson(Lesson lesson) {
        return new LessonResponse(lesson.id().value(), lesson.courseId().value(), lesson.title().value(), lesson.position().value(),
                time(lesson.createdAt()), time(lesson.updatedAt()));
    }

    default TrainingResponse toTraining(TrainingView view) {
        Training training = view.training();
        return new TrainingResponse(training.id().value(), training.lessonId().value(), training.title().value(),
                training.kind().value(), training.position().value(), view.itemCount(), time(training.createdAt()),
                time(training.updatedAt()));
    }

    /** An item; with {@code showSolution} false the solution is left out entirely. */
    default TrainingItemResponse toItem(TrainingItem item, boolean showSolution) {
        return new TrainingItemResponse(item.id().value(), item.trainingId().value(), item.type().wireName(),
                item.skill().wireName(), item.cefrLevel().wireName(), item.xp().value(), item.position().value(), item.selfScored(),
                item.exercise().content().toData(),
                showSolution ? item.exercise().solution().map(ItemSolution::toData).orElse(null) : null,
                time(item.createdAt()), time(item.updatedAt()));
    }

    default String time(Instant instant) {
        return Timestamps.micros(instant);
    }

    default String optionalTime(Optional<Instant> instant) {
        return instant.map(Timestamps::micros).orElse(null);
    }
}
