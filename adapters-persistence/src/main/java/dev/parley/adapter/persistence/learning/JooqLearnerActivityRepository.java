package dev.parley.adapter.persistence.learning;

import static dev.parley.adapter.persistence.jooq.Tables.LEARNER_ITEMS;
import static dev.parley.adapter.persistence.jooq.Tables.LEARNER_SKILL_LEVELS;
import static dev.parley.adapter.persistence.jooq.Tables.LEARNER_TOTALS;
import static dev.parley.adapter.persistence.jooq.Tables.TRAINING_ITEMS;
import static dev.parley.adapter.persistence.jooq.Tables.USERS;

import dev.parley.application.learning.port.out.ItemTally;
import dev.parley.application.learning.port.out.LearnerActivityRepository;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.progress.Activity;
import dev.parley.domain.learning.progress.ActivityCalendar;
import dev.parley.domain.learning.progress.ActivityTotals;
import dev.parley.domain.learning.progress.Attempt;
import dev.parley.domain.learning.progress.CefrEstimator.LevelCount;
import dev.parley.domain.learning.progress.LocalPeriods;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A learner's totals in {@code learner_totals}, {@code learner_days/_weeks/_months}, {@code learner_skill_levels} and
 * {@code learner_items}, each kept up by one upsert per attempt.
 */
public final class JooqLearnerActivityRepository implements LearnerActivityRepository {
    private final DSLContext dsl;

    public JooqLearnerActivityRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public void lock(OrganizationId org, LearnerId learner) {
        dsl.insertInto(LEARNER_TOTALS, LEARNER_TOTALS.ORGANIZATION_ID, LEARNER_TOTALS.USER_ID, LEARNER_TOTALS.XP, LEARNER_TOTALS.ATTEMPTS,
                        LEARNER_TOTALS.CORRECT_ATTEMPTS, LEARNER_TOTALS.ITEMS_COMPLETED, LEARNER_TOTALS.DURATION_MS)
                .select(DSL.select(USERS.ORGANIZATION_ID, USERS.ID, DSL.inline(0L), DSL.inline(0L), DSL.inline(0L), DSL.inline(0L),
                        DSL.inline(0L)).from(USERS).where(USERS.ORGANIZATION_ID.eq(org.value()), USERS.ID.eq(learner.value())))
                .onConflictDoNothing()
                .execute();
        dsl.selectOne().from(LEARNER_TOTALS).where(ofLearner(org, learner)).forUpdate().fetch();
    }

    @Override
    public void record(Attempt attempt, LocalPeriods periods) {
        long org = attempt.organizationId().value();
        long learner = attempt.learner().value();
        Activity activity = attempt.activity();
        LearnerKeys.requireLearner(() -> {
            addToTotals(org, learner, activity);
            CalendarTable.DAYS.add(dsl, org, learner, periods.day(), activity);
            CalendarTable.WEEKS.add(dsl, org, learner, periods.week(), activity);
            CalendarTable.MONTHS.add(dsl, org, learner, periods.month(), activity);
            addToSkillLevel(attempt);
            addToItem(attempt);
        });
    }

    private void addToTotals(long org, long learner, Activity a) {
        dsl.insertInto(LEARNER_TOTALS)
                .set(LEARNER_TOTALS.ORGANIZATION_ID, org).set(LEARNER_TOTALS.USER_ID, learner)
                .set(LEARNER_TOTALS.XP, (long) a.xp()).set(LEARNER_TOTALS.ATTEMPTS, 1L)
                .set(LEARNER_TOTALS.CORRECT_ATTEMPTS, a.correct() ? 1L : 0L).set(LEARNER_TOTALS.ITEMS_COMPLETED, a.completedItem() ? 1L : 0L)
                .set(LEARNER_TOTALS.DURATION_MS, a.durationMs())
                .set(LEARNER_TOTALS.FIRST_ACTIVITY_AT, a.at()).set(LEARNER_TOTALS.LAST_ACTIVITY_AT, a.at())
                .onConflict(LEARNER_TOTALS.USER_ID).doUpdate()
                .set(LEARNER_TOTALS.XP, LEARNER_TOTALS.XP.plus(DSL.excluded(LEARNER_TOTALS.XP)))
                .set(LEARNER_TOTALS.ATTEMPTS, LEARNER_TOTALS.ATTEMPTS.plus(DSL.excluded(LEARNER_TOTALS.ATTEMPTS)))
                .set(LEARNER_TOTALS.CORRECT_ATTEMPTS, LEARNER_TOTALS.CORRECT_ATTEMPTS.plus(DSL.excluded(LEARNER_TOTALS.CORRECT_ATTEMPTS)))
                .set(LEARNER_TOTALS.ITEMS_COMPLETED, LEARNER_TOTALS.ITEMS_COMPLETED.plus(DSL.excluded(LEARNER_TOTALS.ITEMS_COMPLETED)))
                .set(LEARNER_TOTALS.DURATION_MS, LEARNER_TOTALS.DURATION_MS.plus(DSL.excluded(LEARNER_TOTALS.DURATION_MS)))
                .set(LEARNER_TOTALS.FIRST_ACTIVITY_AT, DSL.least(LEARNER_TOTALS.FIRST_ACTIVITY_AT, DSL.excluded(LEARNER_TOTALS.FIRST_ACTIVITY_AT)))
                .set(LEARNER_TOTALS.LAST_ACTIVITY_AT, DSL.greatest(LEARNER_TOTALS.LAST_ACTIVITY_AT, DSL.excluded(LEARNER_TOTALS.LAST_ACTIVITY_AT)))
                .execute();
    }

    private void addToSkillLevel(Attempt attempt) {
        dsl.insertInto(LEARNER_SKILL_LEVELS)
                .set(LEARNER_SKILL_LEVELS.ORGANIZATION_ID, attempt.organizationId().value())
                .set(LEARNER_SKILL_LEVELS.USER_ID, attempt.learner().value())
                .set(LEARNER_SKILL_LEVELS.SKILL, attempt.skill().wireName())
                .set(LEARNER_SKILL_LEVELS.CEFR_LEVEL, attempt.cefrLevel().wireName())
                .set(LEARNER_SKILL_LEVELS.ATTEMPTS, 1)
                .set(LEARNER_SKILL_LEVELS.CORRECT, attempt.correct() ? 1 : 0)
                .onConflict(LEARNER_SKILL_LEVELS.USER_ID, LEARNER_SKILL_LEVELS.SKILL, LEARNER_SKILL_LEVELS.CEFR_LEVEL).doUpdate()
                .set(LEARNER_SKILL_LEVELS.ATTEMPTS, LEARNER_SKILL_LEVELS.ATTEMPTS.plus(DSL.excluded(LEARNER_SKILL_LEVELS.ATTEMPTS)))
                .set(LEARNER_SKILL_LEVELS.CORRECT, LEARNER_SKILL_LEVELS.CORRECT.plus(DSL.excluded(LEARNER_SKILL_LEVELS.CORRECT)))
                .execute();
    }

    /** Counts the attempt against its item while the item exists; the tally goes with a deleted item. */
    private void addToItem(Attempt attempt) {
        dsl.insertInto(LEARNER_ITEMS, LEARNER_ITEMS.ORGANIZATION_ID, LEARNER_ITEMS.USER_ID, LEARNER_ITEMS.ITEM_ID, LEARNER_ITEMS.ATTEMPTS,
                        LEARNER_ITEMS.MISSES, LEARNER_ITEMS.LAST_ATTEMPTED_AT)
                .select(DSL.select(DSL.val(attempt.organizationId().value()), DSL.val(attempt.learner().value()),
                                DSL.val(attempt.item().value()), DSL.val(1), DSL.val(attempt.correct() ? 0 : 1), DSL.val(attempt.at()))
                        .from(TRAINING_ITEMS)
                        .where(TRAINING_ITEMS.ORGANIZATION_ID.eq(attempt.organizationId().value()),
                                TRAINING_ITEMS.ID.eq(attempt.item().value())))
                .onConflict(LEARNER_ITEMS.USER_ID, LEARNER_ITEMS.ITEM_ID).doUpdate()
                .set(LEARNER_ITEMS.ATTEMPTS, LEARNER_ITEMS.ATTEMPTS.plus(DSL.excluded(LEARNER_ITEMS.ATTEMPTS)))
                .set(LEARNER_ITEMS.MISSES, LEARNER_ITEMS.MISSES.plus(DSL.excluded(LEARNER_ITEMS.MISSES)))
                .set(LEARNER_ITEMS.LAST_ATTEMPTED_AT, DSL.greatest(LEARNER_ITEMS.LAST_ATTEMPTED_AT, DSL.excluded(LEARNER_ITEMS.LAST_ATTEMPTED_AT)))
                .execute();
    }

    @Override
    public void replaceCalendar(OrganizationId org, LearnerId learner, ActivityCalendar calendar) {
        CalendarTable.DAYS.replace(dsl, org.value(), learner.value(), calendar.days());
        CalendarTable.WEEKS.replace(dsl, org.value(), learner.value(), calendar.weeks());
        CalendarTable.MONTHS.replace(dsl, org.value(), learner.value(), calendar.months());
    }

    @Override
    public ActivityTotals totals(OrganizationId org, LearnerId learner) {
        return dsl.selectFrom(LEARNER_TOTALS).where(ofLearner(org, learner))
                .fetchOptional(r -> new ActivityTotals(r.getXp(), r.getAttempts(), r.getCorrectAttempts(), r.getItemsCompleted(),
                        r.getDurationMs(), Optional.ofNullable(r.getFirstActivityAt())))
                .orElse(ActivityTotals.NONE);
    }

    @Override
    public SortedMap<LocalDate, ActivityTotals> days(OrganizationId org, LearnerId learner, LocalDate from, LocalDate to) {
        CalendarTable<?> days = CalendarTable.DAYS;
        SortedMap<LocalDate, ActivityTotals> found = new TreeMap<>();
        dsl.selectFrom(days.table())
                .where(days.org().eq(org.value()), days.user().eq(learner.value()), days.date().between(from, to))
                .forEach(r -> found.put(r.get(days.date()), days.totals(r)));
        return found;
    }

    @Override
    public List<Instant> firstActivityOfEachDay(OrganizationId org, LearnerId learner) {
        CalendarTable<?> days = CalendarTable.DAYS;
        return dsl.select(days.first()).from(days.table())
                .where(days.org().eq(org.value()), days.user().eq(learner.value()))
                .orderBy(days.date())
                .fetch(days.first());
    }

    @Override
    public List<LevelCount> skillLevels(OrganizationId org, LearnerId learner) {
        return dsl.selectFrom(LEARNER_SKILL_LEVELS)
                .where(LEARNER_SKILL_LEVELS.ORGANIZATION_ID.eq(org.value()), LEARNER_SKILL_LEVELS.USER_ID.eq(learner.value()))
                .fetch(r -> new LevelCount(Skill.parse("skill", r.getSkill()), CefrLevel.parse("cefr_level", r.getCefrLevel()),
                        r.getAttempts(), r.getCorrect()));
    }

    @Override
    public ItemTally item(OrganizationId org, LearnerId learner, TrainingItemId item) {
        return dsl.select(LEARNER_ITEMS.ATTEMPTS, LEARNER_ITEMS.MISSES).from(LEARNER_ITEMS)
                .where(LEARNER_ITEMS.ORGANIZATION_ID.eq(org.value()), LEARNER_ITEMS.USER_ID.eq(learner.value()),
                        LEARNER_ITEMS.ITEM_ID.eq(item.value()))
                .fetchOptional(r -> new ItemTally(item, r.value1(), r.value2()))
                .orElse(ItemTally.never(item));
    }

    private static Condition ofLearner(OrganizationId org, LearnerId learner) {
        return LEARNER_TOTALS.ORGANIZATION_ID.eq(org.value()).and(LEARNER_TOTALS.USER_ID.eq(learner.value()));
    }
}
