package dev.parley.adapter.persistence.learning;

import static dev.parley.adapter.persistence.jooq.Tables.COURSES;
import static dev.parley.adapter.persistence.jooq.Tables.COURSE_COMPLETIONS;
import static dev.parley.adapter.persistence.jooq.Tables.ENROLLMENTS;
import static dev.parley.adapter.persistence.jooq.Tables.LEARNER_TOTALS;
import static dev.parley.adapter.persistence.jooq.Tables.LESSONS;
import static dev.parley.adapter.persistence.jooq.Tables.LESSON_COMPLETIONS;
import static dev.parley.adapter.persistence.jooq.Tables.TRAINING_COMPLETIONS;
import static dev.parley.adapter.persistence.jooq.Tables.USERS;

import dev.parley.application.learning.port.in.LearningCounts;
import dev.parley.application.learning.port.out.LearningStatsRepository;
import dev.parley.domain.identity.Role;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/**
 * Organization-wide counts in one statement of small aggregates, each down an index leading with
 * {@code organization_id}: the people, the content, the completion rows, and the sums of the per-learner totals.
 * Never reads single attempts.
 */
public final class JooqLearningStatsRepository implements LearningStatsRepository {
    private final DSLContext dsl;

    public JooqLearningStatsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public LearningCounts counts(OrganizationId org) {
        long id = org.value();
        Table<?> totals = DSL.select(sum(LEARNER_TOTALS.ATTEMPTS), sum(LEARNER_TOTALS.CORRECT_ATTEMPTS), sum(LEARNER_TOTALS.XP))
                .from(LEARNER_TOTALS).where(LEARNER_TOTALS.ORGANIZATION_ID.eq(id))
                .asTable("totals", "attempts", "correct_attempts", "xp");
        Record r = dsl.select(
                        count(USERS, USERS.ORGANIZATION_ID.eq(id).and(USERS.ROLE.eq(Role.LEARNER.wireName()))),
                        count(COURSES, COURSES.ORGANIZATION_ID.eq(id)),
                        count(COURSES, COURSES.ORGANIZATION_ID.eq(id).and(COURSES.STATUS.eq(CourseStatus.PUBLISHED.wireName()))),
                        count(LESSONS, LESSONS.ORGANIZATION_ID.eq(id)),
                        count(ENROLLMENTS, ENROLLMENTS.ORGANIZATION_ID.eq(id)),
                        count(TRAINING_COMPLETIONS, TRAINING_COMPLETIONS.ORGANIZATION_ID.eq(id)),
                        count(LESSON_COMPLETIONS, LESSON_COMPLETIONS.ORGANIZATION_ID.eq(id)),
                        count(COURSE_COMPLETIONS, COURSE_COMPLETIONS.ORGANIZATION_ID.eq(id)),
                        totals.field("attempts"),
                        totals.field("correct_attempts"),
                        totals.field("xp"))
                .from(totals)
                .fetchSingle();
        return new LearningCounts(number(r, 0), number(r, 1), number(r, 2), number(r, 3), number(r, 4), number(r, 5), number(r, 6),
                number(r, 7), number(r, 8), number(r, 9), number(r, 10));
    }

    @Override
    public long activeLearners(OrganizationId org, Instant since) {
        return dsl.selectCount()
                .from(LEARNER_TOTALS)
                .join(USERS).on(USERS.ORGANIZATION_ID.eq(LEARNER_TOTALS.ORGANIZATION_ID), USERS.ID.eq(LEARNER_TOTALS.USER_ID))
                .where(LEARNER_TOTALS.ORGANIZATION_ID.eq(org.value()), LEARNER_TOTALS.LAST_ACTIVITY_AT.ge(since),
                        USERS.ROLE.eq(Role.LEARNER.wireName()))
                .fetchSingle(0, Long.class);
    }

    private static Field<Long> count(Table<?> table, Condition condition) {
        return DSL.field(DSL.select(DSL.count().cast(Long.class)).from(table).where(condition));
    }

    private static Field<Long> sum(TableField<?, Long> total) {
        return DSL.coalesce(DSL.sum(total).cast(Long.class), 0L);
    }

    private static long number(Record row, int column) {
        return row.get(column, Long.class);
    }
}
