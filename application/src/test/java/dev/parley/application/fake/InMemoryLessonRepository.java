package dev.parley.application.fake;

import dev.parley.application.learning.port.out.LessonRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.Lesson;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Lessons in a map with the jOOQ adapter's semantics: versions, a course of the same organization required as by
 * the foreign key, and a lesson whose course is gone gone with it, as the cascade makes it.
 */
public final class InMemoryLessonRepository implements LessonRepository {
    private static final Comparator<Lesson> IN_ORDER = Comparator.comparingLong((Lesson l) -> l.courseId().value())
            .thenComparingInt(l -> l.position().value())
            .thenComparing(Lesson::createdAt)
            .thenComparingLong(l -> l.id().value());

    private final Map<LessonId, Lesson> byId = new LinkedHashMap<>();
    private final InMemoryCourseRepository courses;

    public InMemoryLessonRepository(InMemoryCourseRepository courses) {
        this.courses = courses;
    }

    @Override
    public synchronized void save(Lesson lesson) {
        Lesson stored = live().filter(l -> l.id().equals(lesson.id())).findFirst().orElse(null);
        if (lesson.version() == 0) {
            if (byId.containsKey(lesson.id())) {
                throw new IllegalStateException("duplicate lesson id " + lesson.id().value());
            }
        } else if (stored == null || !stored.organizationId().equals(lesson.organizationId()) || stored.version() != lesson.version()) {
            throw new Conflict("lesson.concurrent_update",
                    "Lesson " + lesson.id().value() + " was changed since it was loaded; reload it and try again.");
        }
        if (!courses.exists(lesson.organizationId(), lesson.courseId())) {
            throw new InvalidInput("course_id", "is not a course of this organization");
        }
        byId.put(lesson.id(), copy(lesson, lesson.version() + 1));
    }

    @Override
    public synchronized Optional<Lesson> find(OrganizationId org, LessonId id) {
        return live().filter(l -> l.id().equals(id) && l.organizationId().equals(org)).findFirst().map(l -> copy(l, l.version()));
    }

    @Override
    public synchronized Page<Lesson> list(OrganizationId org, Optional<CourseId> course, PageRequest page) {
        List<Lesson> matching = live()
                .filter(l -> l.organizationId().equals(org) && course.map(c -> l.courseId().equals(c)).orElse(true))
                .sorted(IN_ORDER)
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.perPage()).map(l -> copy(l, l.version())).toList(),
                matching.size(), page);
    }

    @Override
    public synchronized List<Lesson> listByCourses(OrganizationId org, Collection<CourseId> list) {
        return live().filter(l -> l.organizationId().equals(org) && list.contains(l.courseId()))
                .sorted(IN_ORDER).map(l -> copy(l, l.version())).toList();
    }

    @Override
    public synchronized int lastPosition(OrganizationId org, CourseId course) {
        return live().filter(l -> l.organizationId().equals(org) && l.courseId().equals(course))
                .mapToInt(l -> l.position().value()).max().orElse(0);
    }

    @Override
    public synchronized void delete(OrganizationId org, LessonId id) {
        if (find(org, id).isPresent()) {
            byId.remove(id);
        }
    }

    /** Whether the organization has this lesson, for the trainings' foreign key. */
    synchronized boolean exists(OrganizationId org, LessonId id) {
        return find(org, id).isPresent();
    }

    private Stream<Lesson> live() {
        return byId.values().stream().filter(l -> courses.exists(l.organizationId(), l.courseId()));
    }

    private static Lesson copy(Lesson l, long version) {
        return Lesson.rehydrate(l.id(), l.organizationId(), l.courseId(), l.title(), l.position(), l.createdAt(), l.updatedAt(), version);
    }
}
