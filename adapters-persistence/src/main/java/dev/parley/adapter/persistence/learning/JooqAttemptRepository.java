package dev.parley.adapter.persistence.learning;

import static dev.parley.adapter.persistence.jooq.Tables.LEARNING_ATTEMPTS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parley.application.learning.port.out.AttemptRepository;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.Activity;
import dev.parley.domain.learning.progress.Attempt;
import dev.parley.domain.shared.OrganizationId;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.JSONB;

/** Attempts in {@code learning_attempts}, the answer as JSON in the API's shape; they outlive the items they answered. */
public final class JooqAttemptRepository implements AttemptRepository {
    private final DSLContext dsl;
    private final ObjectMapper json;

    public JooqAttemptRepository(DSLContext dsl, ObjectMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    @Override
    public void add(Attempt attempt) {
        LearnerKeys.requireLearner(() -> dsl.insertInto(LEARNING_ATTEMPTS)
                .set(LEARNING_ATTEMPTS.ID, attempt.id().value())
                .set(LEARNING_ATTEMPTS.ORGANIZATION_ID, attempt.organizationId().value())
                .set(LEARNING_ATTEMPTS.USER_ID, attempt.learner().value())
                .set(LEARNING_ATTEMPTS.ITEM_ID, attempt.item().value())
                .set(LEARNING_ATTEMPTS.SKILL, attempt.skill().wireName())
                .set(LEARNING_ATTEMPTS.CEFR_LEVEL, attempt.cefrLevel().wireName())
                .set(LEARNING_ATTEMPTS.CORRECT, attempt.correct())
                .set(LEARNING_ATTEMPTS.SCORE, attempt.grade().score())
                .set(LEARNING_ATTEMPTS.XP_AWARDED, attempt.xpAwarded())
                .set(LEARNING_ATTEMPTS.DURATION_MS, attempt.durationMs())
                .set(LEARNING_ATTEMPTS.COMPLETED_ITEM, attempt.completedItem())
                .set(LEARNING_ATTEMPTS.ANSWER, answer(attempt))
                .set(LEARNING_ATTEMPTS.ATTEMPTED_AT, attempt.at())
                .execute());
    }

    private JSONB answer(Attempt attempt) {
        try {
            return JSONB.valueOf(json.writeValueAsString(attempt.answer().toData()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an answer could not be written as JSON", e);
        }
    }

    @Override
    public List<Activity> activities(OrganizationId org, LearnerId learner) {
        return dsl.select(LEARNING_ATTEMPTS.ATTEMPTED_AT, LEARNING_ATTEMPTS.XP_AWARDED, LEARNING_ATTEMPTS.DURATION_MS,
                        LEARNING_ATTEMPTS.CORRECT, LEARNING_ATTEMPTS.COMPLETED_ITEM)
                .from(LEARNING_ATTEMPTS)
                .where(LEARNING_ATTEMPTS.ORGANIZATION_ID.eq(org.value()), LEARNING_ATTEMPTS.USER_ID.eq(learner.value()))
                .orderBy(LEARNING_ATTEMPTS.ATTEMPTED_AT, LEARNING_ATTEMPTS.ID)
                .fetch(r -> new Activity(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
