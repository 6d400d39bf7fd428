package dev.parley.application.fake;

import dev.parley.application.learning.port.out.AchievementRepository;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.Achievement;
import dev.parley.domain.learning.progress.Achievements.Unlock;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Unlocked achievements in a map; each learner, a person of the organization, unlocks each achievement once. */
public final class InMemoryAchievementRepository implements AchievementRepository {
    private final Map<LearnerId, OrganizationId> owners = new HashMap<>();
    private final Map<LearnerId, Map<Achievement, Instant>> unlocked = new HashMap<>();
    private final InMemoryLearnerDirectory learners;

    public InMemoryAchievementRepository(InMemoryLearnerDirectory learners) {
        this.learners = learners;
    }

    @Override
    public synchronized Map<Achievement, Instant> unlocked(OrganizationId org, LearnerId learner) {
        return org.equals(owners.get(learner)) ? Map.copyOf(unlocked.get(learner)) : Map.of();
    }

    @Override
    public synchronized void unlock(OrganizationId org, LearnerId learner, Unlock unlock) {
        if (!learners.exists(org, learner)) {
            throw new InvalidInput("user_id", "is not a person of this organization");
        }
        owners.put(learner, org);
        unlocked.computeIfAbsent(learner, id -> new EnumMap<>(Achievement.class)).putIfAbsent(unlock.achievement(), unlock.at());
    }
}
