package dev.parley.application.learning;

import static dev.parley.application.learning.ContentLookup.required;

import dev.parley.application.learning.port.in.LessonDraft;
import dev.parley.application.learning.port.in.LessonQueries;
import dev.parley.application.learning.port.in.LessonUseCase;
import dev.parley.application.learning.port.out.CourseRepository;
import dev.parley.application.learning.port.out.LessonRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.Lesson;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Title;
import dev.parley.domain.shared.OrganizationId;
import java.time.Clock;
import java.util.Optional;

/** Lessons: placed in a course of the same organization, appended unless given a position, movable between courses. */
public final class LessonService implements LessonUseCase, LessonQueries {
    private final CourseRepository courses;
    private final LessonRepository lessons;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;

    public LessonService(CourseRepository courses, LessonRepository lessons, Transactions tx, IdGenerator ids, Clock clock) {
        this.courses = courses;
        this.lessons = lessons;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Lesson create(OrganizationId org, LessonDraft draft) {
        CourseId course = required("course_id", draft.course());
        Title title = required("title", draft.title());
        return tx.inTransaction(() -> {
            ContentLookup.requireParentCourse(courses, org, course);
            Position position = draft.position().orElseGet(() -> Position.after(lessons.lastPosition(org, course)));
            Lesson lesson = Lesson.create(new LessonId(ids.newLongId()), org, course, title, position, clock.instant());
            lessons.save(lesson);
            return lesson;
        });
    }

    @Override
    public Lesson update(OrganizationId org, LessonId id, LessonDraft changes) {
        return tx.inTransaction(() -> {
            Lesson lesson = ContentLookup.lesson(lessons, org, id);
            CourseId course = changes.course().orElse(lesson.courseId());
            boolean moved = !course.equals(lesson.courseId());
            if (moved) {
                ContentLookup.requireParentCourse(courses, org, course);
            }
            Position position = changes.position()
                    .orElseGet(() -> moved ? Position.after(lessons.lastPosition(org, course)) : lesson.position());
            lesson.revise(course, changes.title().orElse(lesson.title()), position, clock.instant());
            lessons.save(lesson);
            return lesson;
        });
    }

    @Override
    public void delete(OrganizationId org, LessonId id) {
        tx.run(() -> lessons.delete(org, ContentLookup.lesson(lessons, org, id).id()));
    }

    @Override
    public Page<Lesson> list(OrganizationId org, Optional<CourseId> course, PageRequest page) {
        return lessons.list(org, course, page);
    }

    @Override
    public Lesson get(OrganizationId org, LessonId id) {
        return ContentLookup.lesson(lessons, org, id);
    }
}
