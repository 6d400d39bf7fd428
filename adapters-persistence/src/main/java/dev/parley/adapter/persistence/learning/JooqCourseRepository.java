package dev.parley.adapter.persistence.learning;

import static dev.parley.adapter.persistence.jooq.Tables.COURSES;

import dev.parley.adapter.persistence.jooq.Keys;
import dev.parley.adapter.persistence.jooq.tables.records.CoursesRecord;
import dev.parley.adapter.persistence.shared.UniqueViolation;
import dev.parley.application.learning.port.in.CourseFilter;
import dev.parley.application.learning.port.out.CourseRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.Course;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseSlug;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;

/**
 * Courses in {@code courses}, saved only over the version they were loaded at. The unique constraint
 * {@code courses_slug_per_organization} settles a race for a slug; deleting a course deletes its lessons,
 * trainings and items by cascade.
 */
public final class JooqCourseRepository implements CourseRepository {
    private final DSLContext dsl;

    public JooqCourseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void save(Course course) {
        try {
            if (course.version() == 0) {
                dsl.insertInto(COURSES).set(CourseRows.toRecord(course, 1)).execute();
                return;
            }
            update(course);
        } catch (DataAccessException e) {
            if (UniqueViolation.of(e, Keys.COURSES_SLUG_PER_ORGANIZATION)) {
                throw new InvalidInput("slug", "has already been taken");
            }
            throw e;
        }
    }

    private void update(Course course) {
        CoursesRecord changed = CourseRows.toRecord(course, course.version() + 1);
        int updated = dsl.update(COURSES)
                .set(COURSES.SLUG, changed.getSlug())
                .set(COURSES.TITLE, changed.getTitle())
                .set(COURSES.DESCRIPTION, changed.getDescription())
                .set(COURSES.LANGUAGE, changed.getLanguage())
                .set(COURSES.SOURCE_LANGUAGE, changed.getSourceLanguage())
                .set(COURSES.CEFR_LEVEL, changed.getCefrLevel())
                .set(COURSES.STATUS, changed.getStatus())
                .set(COURSES.PUBLISHED_AT, changed.getPublishedAt())
                .set(COURSES.UPDATED_AT, changed.getUpdatedAt())
                .set(COURSES.VERSION, changed.getVersion())
                .where(COURSES.ID.eq(course.id().value()),
                        COURSES.ORGANIZATION_ID.eq(course.organizationId().value()),
                        COURSES.VERSION.eq(course.version()))
                .execute();
        if (updated == 0) {
            throw new Conflict("course.concurrent_update",
                    "Course " + course.id().value() + " was changed since it was loaded; reload it and try again.");
        }
    }

    @Override
    public Optional<Course> find(OrganizationId org, CourseId id) {
        return dsl.selectFrom(COURSES)
                .where(COURSES.ORGANIZATION_ID.eq(org.value()), COURSES.ID.eq(id.value()))
                .fetchOptional(CourseRows::toCourse);
    }

    @Override
    public Optional<Course> findBySlug(OrganizationId org, CourseSlug slug) {
        return dsl.selectFrom(COURSES)
                .where(COURSES.ORGANIZATION_ID.eq(org.value()), COURSES.SLUG.eq(slug.value()))
                .fetchOptional(CourseRows::toCourse);
    }

    @Override
    public Page<Course> list(OrganizationId org, CourseFilter filter, PageRequest page) {
        Condition matching = matching(org, filter);
        long total = dsl.fetchCount(COURSES, matching);
        return new Page<>(dsl.selectFrom(COURSES)
                .where(matching)
                .orderBy(COURSES.CREATED_AT, COURSES.ID)
                .limit(page.perPage())
                .offset(page.offset())
                .fetch(CourseRows::toCourse), total, page);
    }

    private static Condition matching(OrganizationId org, CourseFilter filter) {
        Condition condition = COURSES.ORGANIZATION_ID.eq(org.value());
        if (filter.status().isPresent()) {
            condition = condition.and(COURSES.STATUS.eq(filter.status().get().wireName()));
        }
        if (filter.language().isPresent()) {
            condition = condition.and(COURSES.LANGUAGE.eq(filter.language().get().value()));
        }
        if (filter.cefrLevel().isPresent()) {
            condition = condition.and(COURSES.CEFR_LEVEL.eq(filter.cefrLevel().get().wireName()));
        }
        if (filter.titleContains().isPresent()) {
            condition = condition.and(COURSES.TITLE.containsIgnoreCase(filter.titleContains().get()));
        }
        return condition;
    }

    @Override
    public void delete(OrganizationId org, CourseId id) {
        dsl.deleteFrom(COURSES).where(COURSES.ORGANIZATION_ID.eq(org.value()), COURSES.ID.eq(id.value())).execute();
    }
}
