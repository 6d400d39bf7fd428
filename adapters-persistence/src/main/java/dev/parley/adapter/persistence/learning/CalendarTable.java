package dev.parley.adapter.persistence.learning;

import static dev.parley.adapter.persistence.jooq.Tables.LEARNER_DAYS;
import static dev.parley.adapter.persistence.jooq.Tables.LEARNER_MONTHS;
import static dev.parley.adapter.persistence.jooq.Tables.LEARNER_WEEKS;

import dev.parley.adapter.persistence.jooq.tables.records.LearnerDaysRecord;
import dev.parley.adapter.persistence.jooq.tables.records.LearnerMonthsRecord;
import dev.parley.adapter.persistence.jooq.tables.records.LearnerWeeksRecord;
import dev.parley.domain.learning.progress.Activity;
import dev.parley.domain.learning.progress.ActivityTotals;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.impl.DSL;

/** One of the three tables that hold a learner's totals per local period: {@code learner_days}, {@code _weeks}, {@code _months}. */
record CalendarTable<R extends Record>(Table<R> table, TableField<R, Long> org, TableField<R, Long> user, TableField<R, LocalDate> date,
                                       TableField<R, Long> xp, TableField<R, Long> attempts, TableField<R, Long> correct,
                                       TableField<R, Long> items, TableField<R, Long> duration, TableField<R, Instant> first) {
    static final CalendarTable<LearnerDaysRecord> DAYS = new CalendarTable<>(LEARNER_DAYS, LEARNER_DAYS.ORGANIZATION_ID,
            LEARNER_DAYS.USER_ID, LEARNER_DAYS.DAY, LEARNER_DAYS.XP, LEARNER_DAYS.ATTEMPTS, LEARNER_DAYS.CORRECT_ATTEMPTS,
            LEARNER_DAYS.ITEMS_COMPLETED, LEARNER_DAYS.DURATION_MS, LEARNER_DAYS.FIRST_ACTIVITY_AT);
    static final CalendarTable<LearnerWeeksRecord> WEEKS = new CalendarTable<>(LEARNER_WEEKS, LEARNER_WEEKS.ORGANIZATION_ID,
            LEARNER_WEEKS.USER_ID, LEARNER_WEEKS.WEEK, LEARNER_WEEKS.XP, LEARNER_WEEKS.ATTEMPTS, LEARNER_WEEKS.CORRECT_ATTEMPTS,
            LEARNER_WEEKS.ITEMS_COMPLETED, LEARNER_WEEKS.DURATION_MS, LEARNER_WEEKS.FIRST_ACTIVITY_AT);
    static final CalendarTable<LearnerMonthsRecord> MONTHS = new CalendarTable<>(LEARNER_MONTHS, LEARNER_MONTHS.ORGANIZATION_ID,
            LEARNER_MONTHS.USER_ID, LEARNER_MONTHS.MONTH, LEARNER_MONTHS.XP, LEARNER_MONTHS.ATTEMPTS, LEARNER_MONTHS.CORRECT_ATTEMPTS,
            LEARNER_MONTHS.ITEMS_COMPLETED, LEARNER_MONTHS.DURATION_MS, LEARNER_MONTHS.FIRST_ACTIVITY_AT);

    /** Adds one activity to the period's row, creating it on the period's first activity. */
    void add(DSLContext dsl, long organization, long learner, LocalDate period, Activity activity) {
        dsl.insertInto(table)
                .set(org, organization).set(user, learner).set(date, period)
                .set(xp, (long) activity.xp()).set(attempts, 1L).set(correct, activity.correct() ? 1L : 0L)
                .set(items, activity.completedItem() ? 1L : 0L).set(duration, activity.durationMs()).set(first, activity.at())
                .onConflict(user, date).doUpdate()
                .set(xp, xp.plus(DSL.excluded(xp)))
                .set(attempts, attempts.plus(DSL.excluded(attempts)))
                .set(correct, correct.plus(DSL.excluded(correct)))
                .set(items, items.plus(DSL.excluded(items)))
                .set(duration, duration.plus(DSL.excluded(duration)))
                .set(first, DSL.least(first, DSL.excluded(first)))
                .execute();
    }

    /** Replaces the learner's rows with these periods' totals. */
    void replace(DSLContext dsl, long organization, long learner, Map<LocalDate, ActivityTotals> periods) {
        dsl.deleteFrom(table).where(org.eq(organization), user.eq(learner)).execute();
        if (periods.isEmpty()) {
            return;
        }
        var insert = dsl.insertInto(table, org, user, date, xp, attempts, correct, items, duration, first);
        for (Map.Entry<LocalDate, ActivityTotals> period : periods.entrySet()) {
            ActivityTotals t = period.getValue();
            insert = insert.values(organization, learner, period.getKey(), t.xp(), t.attempts(), t.correctAttempts(), t.itemsCompleted(),
                    t.durationMs(), t.firstActivityAt().orElseThrow());
        }
        insert.execute();
    }

    ActivityTotals totals(Record row) {
        return new ActivityTotals(row.get(xp), row.get(attempts), row.get(correct), row.get(items), row.get(duration),
                Optional.of(row.get(first)));
    }
}
