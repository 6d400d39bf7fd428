package dev.parley.application.learning.port.out;

import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.Achievement;
import dev.parley.domain.learning.progress.Achievements.Unlock;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.Map;

/** The achievements each learner has unlocked, each once, with when its condition first held. */
public interface AchievementRepository {
    Map<Achievement, Instant> unlocked(OrganizationId org, LearnerId learner);

    /** Stores an unlock; one the learner has already is kept as it was. */
    void unlock(OrganizationId org, LearnerId learner, Unlock unlock);
}
