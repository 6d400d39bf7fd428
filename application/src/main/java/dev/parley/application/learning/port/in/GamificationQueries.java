package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.shared.OrganizationId;

/** A learner's XP, level, streaks, daily goal and achievements. */
public interface GamificationQueries {
    /** The learner's numbers as of now in their zone; a learner of another organization is not found. */
    GamificationStats stats(OrganizationId org, LearnerId learner);
}
