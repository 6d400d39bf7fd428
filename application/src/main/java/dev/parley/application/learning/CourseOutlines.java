package dev.parley.application.learning;

import dev.parley.application.learning.port.in.CourseView;
import dev.parley.application.learning.port.in.LessonOutline;
import dev.parley.application.learning.port.in.TrainingView;
import dev.parley.application.learning.port.out.LessonRepository;
import dev.parley.application.learning.port.out.TrainingItemRepository;
import dev.parley.application.learning.port.out.TrainingRepository;
import dev.parley.domain.learning.Course;
import dev.parley.domain.learning.Lesson;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Training;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.shared.OrganizationId;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Puts a course together with its lessons, their trainings and the trainings' item counts, in three reads. */
final class CourseOutlines {
    private final LessonRepository lessons;
    private final TrainingRepository trainings;
    private final TrainingItemRepository items;

    CourseOutlines(LessonRepository lessons, TrainingRepository trainings, TrainingItemRepository items) {
        this.lessons = lessons;
        this.trainings = trainings;
        this.items = items;
    }

    CourseView view(Course course) {
        OrganizationId org = course.organizationId();
        List<Lesson> courseLessons = lessons.listByCourses(org, List.of(course.id()));
        Map<LessonId, List<TrainingView>> byLesson = withCounts(org,
                trainings.listByLessons(org, courseLessons.stream().map(Lesson::id).toList())).stream()
                .collect(Collectors.groupingBy(view -> view.training().lessonId()));
        return new CourseView(course, courseLessons.stream()
                .map(lesson -> new LessonOutline(lesson, byLesson.getOrDefault(lesson.id(), List.of())))
                .toList());
    }

    /** The trainings, in the order given, each with its item count. */
    List<TrainingView> withCounts(OrganizationId org, Collection<Training> list) {
        Map<TrainingId, Long> counts = items.countByTrainings(org, list.stream().map(Training::id).toList());
        return list.stream().map(training -> new TrainingView(training, counts.getOrDefault(training.id(), 0L))).toList();
    }
}
