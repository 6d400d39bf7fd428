package dev.parley.adapter.persistence.learning;

import static dev.parley.adapter.persistence.jooq.Tables.LEARNER_ACHIEVEMENTS;

import dev.parley.application.learning.port.out.AchievementRepository;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.Achievement;
import dev.parley.domain.learning.progress.Achievements.Unlock;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;

/** Unlocked achievements in {@code learner_achievements}, one row per learner and achievement. */
public final class JooqAchievementRepository implements AchievementRepository {
    private final DSLContext dsl;

    public JooqAchievementRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Map<Achievement, Instant> unlocked(OrganizationId org, LearnerId learner) {
        Map<Achievement, Instant> unlocked = new EnumMap<>(Achievement.class);
        dsl.select(LEARNER_ACHIEVEMENTS.ACHIEVEMENT, LEARNER_ACHIEVEMENTS.UNLOCKED_AT).from(LEARNER_ACHIEVEMENTS)
                .where(LEARNER_ACHIEVEMENTS.ORGANIZATION_ID.eq(org.value()), LEARNER_ACHIEVEMENTS.USER_ID.eq(learner.value()))
                .forEach(r -> unlocked.put(Achievement.valueOf(r.value1().toUpperCase(Locale.ROOT)), r.value2()));
        return unlocked;
    }

    @Override
    public void unlock(OrganizationId org, LearnerId learner, Unlock unlock) {
        LearnerKeys.requireLearner(() -> dsl.insertInto(LEARNER_ACHIEVEMENTS)
                .set(LEARNER_ACHIEVEMENTS.ORGANIZATION_ID, org.value())
                .set(LEARNER_ACHIEVEMENTS.USER_ID, learner.value())
                .set(LEARNER_ACHIEVEMENTS.ACHIEVEMENT, unlock.achievement().wireName())
                .set(LEARNER_ACHIEVEMENTS.UNLOCKED_AT, unlock.at())
                .onConflictDoNothing()
                .execute());
    }
}
