package dev.parley.adapter.persistence.learning;

import static dev.parley.adapter.persistence.jooq.Tables.COURSES;
import static dev.parley.adapter.persistence.jooq.Tables.ENROLLMENTS;
import static dev.parley.adapter.persistence.jooq.Tables.ITEM_COMPLETIONS;
import static dev.parley.adapter.persistence.jooq.Tables.LEARNER_ITEMS;
import static dev.parley.adapter.persistence.jooq.Tables.LESSONS;
import static dev.parley.adapter.persistence.jooq.Tables.TRAININGS;
import static dev.parley.adapter.persistence.jooq.Tables.TRAINING_ITEMS;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.application.learning.port.out.CourseHeading;
import dev.parley.application.learning.port.out.LearnerInsightRepository;
import dev.parley.application.learning.port.out.MissedItem;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Title;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.progress.ActivityTotals;
import dev.parley.domain.learning.progress.MostMissed.ItemMisses;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * A learner's insights read by index: the most-missed items from the partial index {@code learner_items_most_missed}
 * joined by primary key to their item, training, lesson and completion; enrolments by learner; the week totals by
 * {@code (user_id, week)}. Never the attempts themselves.
 */
public final class JooqLearnerInsightRepository implements LearnerInsightRepository {
    private static final String PUBLISHED = CourseStatus.PUBLISHED.wireName();

    private final DSLContext dsl;
    private final ItemRows rows;

    public JooqLearnerInsightRepository(DSLContext dsl, ObjectMapper json) {
        this.dsl = dsl;
        this.rows = new ItemRows(json);
    }

    @Override
    public List<MissedItem> mostMissedItems(OrganizationId org, LearnerId learner, int limit) {
        Table<?> top = DSL.select(LEARNER_ITEMS.ITEM_ID, LEARNER_ITEMS.ATTEMPTS, LEARNER_ITEMS.MISSES, LEARNER_ITEMS.LAST_ATTEMPTED_AT)
                .from(LEARNER_ITEMS)
                .where(LEARNER_ITEMS.USER_ID.eq(learner.value()), LEARNER_ITEMS.ORGANIZATION_ID.eq(org.value()), LEARNER_ITEMS.MISSES.gt(0))
                .orderBy(LEARNER_ITEMS.MISSES.desc(), LEARNER_ITEMS.LAST_ATTEMPTED_AT.desc(), LEARNER_ITEMS.ITEM_ID)
                .limit(limit)
                .asTable("top");
        Field<Long> item = top.field(LEARNER_ITEMS.ITEM_ID);
        Field<Integer> attempts = top.field(LEARNER_ITEMS.ATTEMPTS);
        Field<Integer> misses = top.field(LEARNER_ITEMS.MISSES);
        Field<Instant> last = top.field(LEARNER_ITEMS.LAST_ATTEMPTED_AT);
        Field<Boolean> completed = DSL.field(ITEM_COMPLETIONS.ITEM_ID.isNotNull()).as("completed");
        return dsl.select(TRAINING_ITEMS.asterisk(), LESSONS.ID, LESSONS.COURSE_ID, attempts, misses, last, completed)
                .from(top)
                .join(TRAINING_ITEMS).on(TRAINING_ITEMS.ORGANIZATION_ID.eq(org.value()), TRAINING_ITEMS.ID.eq(item))
                .join(TRAININGS).on(TRAININGS.ORGANIZATION_ID.eq(TRAINING_ITEMS.ORGANIZATION_ID), TRAININGS.ID.eq(TRAINING_ITEMS.TRAINING_ID))
                .join(LESSONS).on(LESSONS.ORGANIZATION_ID.eq(TRAININGS.ORGANIZATION_ID), LESSONS.ID.eq(TRAININGS.LESSON_ID))
                .leftJoin(ITEM_COMPLETIONS).on(ITEM_COMPLETIONS.USER_ID.eq(learner.value()), ITEM_COMPLETIONS.ITEM_ID.eq(item),
                        ITEM_COMPLETIONS.ORGANIZATION_ID.eq(org.value()))
                .orderBy(misses.desc(), last.desc(), item)
                .fetch(r -> missed(r, attempts, misses, last, completed));
    }

    private MissedItem missed(Record r, Field<Integer> attempts, Field<Integer> misses, Field<Instant> last, Field<Boolean> completed) {
        TrainingItem item = rows.toItem(r.into(TRAINING_ITEMS));
        return new MissedItem(item, new LessonId(r.get(LESSONS.ID)), new CourseId(r.get(LESSONS.COURSE_ID)),
                new ItemMisses(item.id(), r.get(attempts), r.get(misses), r.get(last)), r.get(completed));
    }

    @Override
    public List<CourseHeading> publishedEnrolments(OrganizationId org, LearnerId learner) {
        return dsl.select(COURSES.ID, COURSES.TITLE)
                .from(ENROLLMENTS)
                .join(COURSES).on(COURSES.ORGANIZATION_ID.eq(ENROLLMENTS.ORGANIZATION_ID), COURSES.ID.eq(ENROLLMENTS.COURSE_ID))
                .where(ENROLLMENTS.ORGANIZATION_ID.eq(org.value()), ENROLLMENTS.USER_ID.eq(learner.value()), COURSES.STATUS.eq(PUBLISHED))
                .orderBy(ENROLLMENTS.LAST_ACTIVITY_AT.desc(), ENROLLMENTS.COURSE_ID)
                .fetch(r -> new CourseHeading(new CourseId(r.value1()), new Title(r.value2())));
    }

    @Override
    public Optional<CourseHeading> firstCourseToStart(OrganizationId org, LearnerId learner) {
        return dsl.select(COURSES.ID, COURSES.TITLE)
                .from(COURSES)
                .where(COURSES.ORGANIZATION_ID.eq(org.value()), COURSES.STATUS.eq(PUBLISHED),
                        DSL.notExists(DSL.selectOne().from(ENROLLMENTS)
                                .where(ENROLLMENTS.USER_ID.eq(learner.value()), ENROLLMENTS.COURSE_ID.eq(COURSES.ID))),
                        DSL.exists(DSL.selectOne().from(LESSONS)
                                .join(TRAININGS).on(TRAININGS.ORGANIZATION_ID.eq(LESSONS.ORGANIZATION_ID), TRAININGS.LESSON_ID.eq(LESSONS.ID))
                                .join(TRAINING_ITEMS).on(TRAINING_ITEMS.ORGANIZATION_ID.eq(TRAININGS.ORGANIZATION_ID),
                                        TRAINING_ITEMS.TRAINING_ID.eq(TRAININGS.ID))
                                .where(LESSONS.ORGANIZATION_ID.eq(COURSES.ORGANIZATION_ID), LESSONS.COURSE_ID.eq(COURSES.ID))))
                .orderBy(COURSES.CREATED_AT, COURSES.ID)
                .limit(1)
                .fetchOptional(r -> new CourseHeading(new CourseId(r.value1()), new Title(r.value2())));
    }

    @Override
    public SortedMap<LocalDate, ActivityTotals> weeks(OrganizationId org, LearnerId learner, LocalDate from, LocalDate to) {
        CalendarTable<?> weeks = CalendarTable.WEEKS;
        SortedMap<LocalDate, ActivityTotals> found = new TreeMap<>();
        dsl.selectFrom(weeks.table())
                .where(weeks.org().eq(org.value()), weeks.user().eq(learner.value()), weeks.date().between(from, to))
                .forEach(r -> found.put(r.get(weeks.date()), weeks.totals(r)));
        return found;
    }
}
