package dev.parley.adapter.persistence.learning;

import static dev.parley.adapter.persistence.jooq.Tables.LESSONS;

import dev.parley.adapter.persistence.jooq.Keys;
import dev.parley.adapter.persistence.jooq.tables.records.LessonsRecord;
import dev.parley.adapter.persistence.shared.ForeignKeyViolation;
import dev.parley.application.learning.port.out.LessonRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.Lesson;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Title;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.SortField;
import org.jooq.impl.DSL;
import org.jooq.exception.DataAccessException;

/**
 * Lessons in {@code lessons}, saved only over the version they were loaded at. The foreign key on
 * {@code (organization_id, course_id)} refuses a course of another organization; deleting a lesson deletes its
 * trainings and items by cascade.
 */
public final class JooqLessonRepository implements LessonRepository {
    private static final List<SortField<?>> IN_ORDER = List.of(LESSONS.COURSE_ID.asc(), LESSONS.POSITION.asc(),
            LESSONS.CREATED_AT.asc(), LESSONS.ID.asc());

    private final DSLContext dsl;

    public JooqLessonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(Lesson lesson) {
        try {
            if (lesson.version() == 0) {
                dsl.insertInto(LESSONS).set(toRecord(lesson, 1)).execute();
                return;
            }
            update(lesson);
        } catch (DataAccessException e) {
            if (ForeignKeyViolation.of(e, Keys.LESSONS__LESSONS_ORGANIZATION_ID_COURSE_ID_FKEY)) {
                throw new InvalidInput("course_id", "is not a course of this organization");
            }
            throw e;
        }
    }

    private void update(Lesson lesson) {
        int updated = dsl.update(LESSONS)
                .set(LESSONS.COURSE_ID, lesson.courseId().value())
                .set(LESSONS.TITLE, lesson.title().value())
                .set(LESSONS.POSITION, lesson.position().value())
                .set(LESSONS.UPDATED_AT, lesson.updatedAt())
                .set(LESSONS.VERSION, lesson.version() + 1)
                .where(LESSONS.ID.eq(lesson.id().value()),
                        LESSONS.ORGANIZATION_ID.eq(lesson.organizationId().value()),
                        LESSONS.VERSION.eq(lesson.version()))
                .execute();
        if (updated == 0) {
            throw new Conflict("lesson.concurrent_update",
                    "Lesson " + lesson.id().value() + " was changed since it was loaded; reload it and try again.");
        }
    }

    @Override
    public Optional<Lesson> find(OrganizationId org, LessonId id) {
        return dsl.selectFrom(LESSONS)
                .where(LESSONS.ORGANIZATION_ID.eq(org.value()), LESSONS.ID.eq(id.value()))
                .fetchOptional(JooqLessonRepository::toLesson);
    }

    @Override
    public Page<Lesson> list(OrganizationId org, Optional<CourseId> course, PageRequest page) {
        Condition matching = LESSONS.ORGANIZATION_ID.eq(org.value());
        if (course.isPresent()) {
            matching = matching.and(LESSONS.COURSE_ID.eq(course.get().value()));
        }
        long total = dsl.fetchCount(LESSONS, matching);
        return new Page<>(dsl.selectFrom(LESSONS).where(matching).orderBy(IN_ORDER)
                .limit(page.perPage()).offset(page.offset())
                .fetch(JooqLessonRepository::toLesson), total, page);
    }

    @Override
    public List<Lesson> listByCourses(OrganizationId org, Collection<CourseId> courses) {
        if (courses.isEmpty()) {
            return List.of();
        }
        return dsl.selectFrom(LESSONS)
                .where(LESSONS.ORGANIZATION_ID.eq(org.value()), LESSONS.COURSE_ID.in(courses.stream().map(CourseId::value).toList()))
                .orderBy(IN_ORDER)
                .fetch(JooqLessonRepository::toLesson);
    }

    @Override
    public int lastPosition(OrganizationId org, CourseId course) {
        Integer last = dsl.select(DSL.max(LESSONS.POSITION)).from(LESSONS)
                .where(LESSONS.ORGANIZATION_ID.eq(org.value()), LESSONS.COURSE_ID.eq(course.value()))
                .fetchOne(0, Integer.class);
        return last == null ? 0 : last;
    }

    @Override
    public void delete(OrganizationId org, LessonId id) {
        dsl.deleteFrom(LESSONS).where(LESSONS.ORGANIZATION_ID.eq(org.value()), LESSONS.ID.eq(id.value())).execute();
    }

    private static LessonsRecord toRecord(Lesson lesson, long version) {
        LessonsRecord r = new LessonsRecord();
        r.setId(lesson.id().value());
        r.setOrganizationId(lesson.organizationId().value());
        r.setCourseId(lesson.courseId().value());
        r.setTitle(lesson.title().value());
        r.setPosition(lesson.position().value());
        r.setCreatedAt(lesson.createdAt());
        r.setUpdatedAt(lesson.updatedAt());
        r.setVersion(version);
        return r;
    }

    private static Lesson toLesson(LessonsRecord r) {
        return Lesson.rehydrate(new LessonId(r.getId()), new OrganizationId(r.getOrganizationId()), new CourseId(r.getCourseId()),
                new Title(r.getTitle()), new Position(r.getPosition()), r.getCreatedAt(), r.getUpdatedAt(), r.getVersion());
    }
}
