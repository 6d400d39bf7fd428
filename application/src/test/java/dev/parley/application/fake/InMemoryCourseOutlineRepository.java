package dev.parley.application.fake;

import dev.parley.application.learning.port.in.ItemFilter;
import dev.parley.application.learning.port.out.CourseOutlineRepository;
import dev.parley.application.learning.port.out.ItemPlacement;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.Course;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.Lesson;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Training;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.progress.CompletionScope;
import dev.parley.domain.shared.OrganizationId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the in-memory content fakes the way the jOOQ adapter reads the content tables. */
public final class InMemoryCourseOutlineRepository implements CourseOutlineRepository {
    private final InMemoryCourseRepository courses;
    private final InMemoryLessonRepository lessons;
    private final InMemoryTrainingRepository trainings;
    private final InMemoryTrainingItemRepository items;

    public InMemoryCourseOutlineRepository(InMemoryCourseRepository courses, InMemoryLessonRepository lessons,
                                           InMemoryTrainingRepository trainings, InMemoryTrainingItemRepository items) {
        this.courses = courses;
        this.lessons = lessons;
        this.trainings = trainings;
        this.items = items;
    }

    @Override
    public Optional<ItemPlacement> placement(OrganizationId org, TrainingItemId item) {
        return items.find(org, item).flatMap(found -> trainings.find(org, found.trainingId())
                .flatMap(training -> lessons.find(org, training.lessonId())
                        .flatMap(lesson -> courses.find(org, lesson.courseId())
                                .map(course -> new ItemPlacement(item, training.id(), lesson.id(), course.id(), course.status())))));
    }

    @Override
    public CompletionScope scope(OrganizationId org, ItemPlacement placement) {
        Set<LessonId> withItems = lessonsOf(org, placement.course()).stream().map(Lesson::id)
                .filter(lesson -> outline(org, lesson).values().stream().anyMatch(list -> !list.isEmpty()))
                .collect(Collectors.toSet());
        return new CompletionScope(placement.course(), placement.lesson(), outline(org, placement.lesson()), withItems);
    }

    List<Lesson> lessonsOf(OrganizationId org, CourseId course) {
        return lessons.listByCourses(org, List.of(course));
    }

    /** The lesson's trainings in order, each with its items in order. */
    Map<TrainingId, List<TrainingItemId>> outline(OrganizationId org, LessonId lesson) {
        Map<TrainingId, List<TrainingItemId>> outline = new LinkedHashMap<>();
        for (Training training : trainings.listByLessons(org, List.of(lesson))) {
            outline.put(training.id(), items.list(org, new ItemFilter(Optional.of(training.id()), Optional.empty()),
                    new PageRequest(1, Integer.MAX_VALUE)).items().stream().map(TrainingItem::id).toList());
        }
        return outline;
    }

    boolean courseExists(OrganizationId org, CourseId course) {
        return courses.find(org, course).map(Course::id).isPresent();
    }

    boolean lessonExists(OrganizationId org, LessonId lesson) {
        return lessons.find(org, lesson).isPresent();
    }

    boolean trainingExists(OrganizationId org, TrainingId training) {
        return trainings.find(org, training).isPresent();
    }

    boolean itemExists(OrganizationId org, TrainingItemId item) {
        return items.find(org, item).isPresent();
    }
}
