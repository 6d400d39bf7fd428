package dev.parley.adapter.persistence.learning;

import static dev.parley.adapter.persistence.jooq.Tables.COURSE_COMPLETIONS;
import static dev.parley.adapter.persistence.jooq.Tables.ENROLLMENTS;
import static dev.parley.adapter.persistence.jooq.Tables.ITEM_COMPLETIONS;
import static dev.parley.adapter.persistence.jooq.Tables.LESSONS;
import static dev.parley.adapter.persistence.jooq.Tables.LESSON_COMPLETIONS;
import static dev.parley.adapter.persistence.jooq.Tables.TRAININGS;
import static dev.parley.adapter.persistence.jooq.Tables.TRAINING_COMPLETIONS;
import static dev.parley.adapter.persistence.jooq.Tables.TRAINING_ITEMS;

import dev.parley.application.learning.port.in.LessonProgressView;
import dev.parley.application.learning.port.out.CompletionRepository;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Title;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.progress.AchievementFacts.LessonCompletion;
import dev.parley.domain.learning.progress.CompletedWork;
import dev.parley.domain.learning.progress.CompletionScope;
import dev.parley.domain.learning.progress.CourseProgress.Completions;
import dev.parley.domain.learning.progress.ItemCount;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * Enrolments in {@code enrollments} and completions in {@code item/training/lesson/course_completions}, one row per
 * learner and thing completed; the foreign keys delete a completion with the content it completed.
 */
public final class JooqCompletionRepository implements CompletionRepository {
    private final DSLContext dsl;

    public JooqCompletionRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public boolean isEnrolled(OrganizationId org, LearnerId learner, CourseId course) {
        return dsl.fetchExists(ENROLLMENTS, ENROLLMENTS.ORGANIZATION_ID.eq(org.value()), ENROLLMENTS.USER_ID.eq(learner.value()),
                ENROLLMENTS.COURSE_ID.eq(course.value()));
    }

    @Override
    public void recordActivity(OrganizationId org, LearnerId learner, CourseId course, Instant at) {
        LearnerKeys.requireLearner(() -> dsl.insertInto(ENROLLMENTS)
                .set(ENROLLMENTS.ORGANIZATION_ID, org.value())
                .set(ENROLLMENTS.USER_ID, learner.value())
                .set(ENROLLMENTS.COURSE_ID, course.value())
                .set(ENROLLMENTS.ENROLLED_AT, at)
                .set(ENROLLMENTS.LAST_ACTIVITY_AT, at)
                .onConflict(ENROLLMENTS.USER_ID, ENROLLMENTS.COURSE_ID).doUpdate()
                .set(ENROLLMENTS.LAST_ACTIVITY_AT, DSL.greatest(ENROLLMENTS.LAST_ACTIVITY_AT, DSL.excluded(ENROLLMENTS.LAST_ACTIVITY_AT)))
                .execute());
    }

    @Override
    public CompletedWork within(OrganizationId org, LearnerId learner, CompletionScope scope) {
        Map<TrainingItemId, Boolean> items = new HashMap<>();
        dsl.select(ITEM_COMPLETIONS.ITEM_ID, ITEM_COMPLETIONS.FIRST_TRY).from(ITEM_COMPLETIONS)
                .where(ITEM_COMPLETIONS.ORGANIZATION_ID.eq(org.value()), ITEM_COMPLETIONS.USER_ID.eq(learner.value()),
                        ITEM_COMPLETIONS.ITEM_ID.in(scope.lessonItems().stream().map(TrainingItemId::value).toList()))
                .forEach(r -> items.put(new TrainingItemId(r.value1()), r.value2()));
        Set<TrainingId> trainings = new HashSet<>(dsl.select(TRAINING_COMPLETIONS.TRAINING_ID).from(TRAINING_COMPLETIONS)
                .where(TRAINING_COMPLETIONS.ORGANIZATION_ID.eq(org.value()), TRAINING_COMPLETIONS.USER_ID.eq(learner.value()),
                        TRAINING_COMPLETIONS.TRAINING_ID.in(scope.trainings().keySet().stream().map(TrainingId::value).toList()))
                .fetch(r -> new TrainingId(r.value1())));
        Set<Long> lessonIds = new HashSet<>(scope.lessonsWithItems().stream().map(LessonId::value).toList());
        lessonIds.add(scope.lesson().value());
        Set<LessonId> lessons = new HashSet<>(dsl.select(LESSON_COMPLETIONS.LESSON_ID).from(LESSON_COMPLETIONS)
                .where(LESSON_COMPLETIONS.ORGANIZATION_ID.eq(org.value()), LESSON_COMPLETIONS.USER_ID.eq(learner.value()),
                        LESSON_COMPLETIONS.LESSON_ID.in(lessonIds))
                .fetch(r -> new LessonId(r.value1())));
        boolean course = dsl.fetchExists(COURSE_COMPLETIONS, COURSE_COMPLETIONS.ORGANIZATION_ID.eq(org.value()),
                COURSE_COMPLETIONS.USER_ID.eq(learner.value()), COURSE_COMPLETIONS.COURSE_ID.eq(scope.course().value()));
        return new CompletedWork(items, trainings, lessons, course);
    }

    @Override
    public void record(OrganizationId org, LearnerId learner, CompletionScope scope, TrainingItemId item, boolean firstTry,
                       Completions completions, Instant at) {
        long o = org.value();
        long u = learner.value();
        LearnerKeys.requireLearner(() -> {
            if (completions.item()) {
                dsl.insertInto(ITEM_COMPLETIONS).set(ITEM_COMPLETIONS.ORGANIZATION_ID, o).set(ITEM_COMPLETIONS.USER_ID, u)
                        .set(ITEM_COMPLETIONS.ITEM_ID, item.value()).set(ITEM_COMPLETIONS.FIRST_TRY, firstTry)
                        .set(ITEM_COMPLETIONS.COMPLETED_AT, at).onConflictDoNothing().execute();
            }
            for (TrainingId training : completions.trainings()) {
                dsl.insertInto(TRAINING_COMPLETIONS).set(TRAINING_COMPLETIONS.ORGANIZATION_ID, o).set(TRAINING_COMPLETIONS.USER_ID, u)
                        .set(TRAINING_COMPLETIONS.TRAINING_ID, training.value()).set(TRAINING_COMPLETIONS.COMPLETED_AT, at)
                        .onConflictDoNothing().execute();
            }
            completions.lesson().ifPresent(lesson -> dsl.insertInto(LESSON_COMPLETIONS)
                    .set(LESSON_COMPLETIONS.ORGANIZATION_ID, o).set(LESSON_COMPLETIONS.USER_ID, u)
                    .set(LESSON_COMPLETIONS.LESSON_ID, lesson.lesson().value()).set(LESSON_COMPLETIONS.PERFECT, lesson.perfect())
                    .set(LESSON_COMPLETIONS.COMPLETED_AT, at).onConflictDoNothing().execute());
            if (completions.course()) {
                dsl.insertInto(COURSE_COMPLETIONS).set(COURSE_COMPLETIONS.ORGANIZATION_ID, o).set(COURSE_COMPLETIONS.USER_ID, u)
                        .set(COURSE_COMPLETIONS.COURSE_ID, scope.course().value()).set(COURSE_COMPLETIONS.COMPLETED_AT, at)
                        .onConflictDoNothing().execute();
            }
        });
    }

    @Override
    public List<LessonProgressView> lessonProgress(OrganizationId org, LearnerId learner, CourseId course) {
        return dsl.select(LESSONS.ID, LESSONS.TITLE, DSL.count(TRAINING_ITEMS.ID), DSL.count(ITEM_COMPLETIONS.ITEM_ID),
                        LESSON_COMPLETIONS.COMPLETED_AT)
                .from(LESSONS)
                .leftJoin(TRAININGS).on(TRAININGS.ORGANIZATION_ID.eq(LESSONS.ORGANIZATION_ID), TRAININGS.LESSON_ID.eq(LESSONS.ID))
                .leftJoin(TRAINING_ITEMS).on(TRAINING_ITEMS.ORGANIZATION_ID.eq(TRAININGS.ORGANIZATION_ID),
                        TRAINING_ITEMS.TRAINING_ID.eq(TRAININGS.ID))
                .leftJoin(ITEM_COMPLETIONS).on(ITEM_COMPLETIONS.USER_ID.eq(learner.value()), ITEM_COMPLETIONS.ITEM_ID.eq(TRAINING_ITEMS.ID),
                        ITEM_COMPLETIONS.ORGANIZATION_ID.eq(LESSONS.ORGANIZATION_ID))
                .leftJoin(LESSON_COMPLETIONS).on(LESSON_COMPLETIONS.USER_ID.eq(learner.value()), LESSON_COMPLETIONS.LESSON_ID.eq(LESSONS.ID),
                        LESSON_COMPLETIONS.ORGANIZATION_ID.eq(LESSONS.ORGANIZATION_ID))
                .where(LESSONS.ORGANIZATION_ID.eq(org.value()), LESSONS.COURSE_ID.eq(course.value()))
                .groupBy(LESSONS.ID, LESSONS.TITLE, LESSONS.POSITION, LESSONS.CREATED_AT, LESSON_COMPLETIONS.COMPLETED_AT)
                .orderBy(LESSONS.POSITION, LESSONS.CREATED_AT, LESSONS.ID)
                .fetch(r -> new LessonProgressView(new LessonId(r.value1()), new Title(r.value2()), new ItemCount(r.value4(), r.value3()),
                        Optional.ofNullable(r.value5())));
    }

    @Override
    public List<LessonCompletion> lessonCompletions(OrganizationId org, LearnerId learner) {
        return dsl.select(LESSON_COMPLETIONS.COMPLETED_AT, LESSON_COMPLETIONS.PERFECT).from(LESSON_COMPLETIONS)
                .where(LESSON_COMPLETIONS.ORGANIZATION_ID.eq(org.value()), LESSON_COMPLETIONS.USER_ID.eq(learner.value()))
                .orderBy(LESSON_COMPLETIONS.COMPLETED_AT)
                .fetch(r -> new LessonCompletion(r.value1(), r.value2()));
    }

    @Override
    public List<Instant> earliestItemCompletions(OrganizationId org, LearnerId learner, int limit) {
        return dsl.select(ITEM_COMPLETIONS.COMPLETED_AT).from(ITEM_COMPLETIONS)
                .where(ITEM_COMPLETIONS.ORGANIZATION_ID.eq(org.value()), ITEM_COMPLETIONS.USER_ID.eq(learner.value()))
                .orderBy(ITEM_COMPLETIONS.COMPLETED_AT)
                .limit(limit)
                .fetch(ITEM_COMPLETIONS.COMPLETED_AT);
    }

    @Override
    public List<Instant> courseCompletions(OrganizationId org, LearnerId learner) {
        return dsl.select(COURSE_COMPLETIONS.COMPLETED_AT).from(COURSE_COMPLETIONS)
                .where(COURSE_COMPLETIONS.ORGANIZATION_ID.eq(org.value()), COURSE_COMPLETIONS.USER_ID.eq(learner.value()))
                .orderBy(COURSE_COMPLETIONS.COMPLETED_AT)
                .fetch(COURSE_COMPLETIONS.COMPLETED_AT);
    }
}
