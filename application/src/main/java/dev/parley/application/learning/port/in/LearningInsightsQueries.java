package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.shared.OrganizationId;

/** What a learner's activity says about them: where they are strong and weak, what they miss, what to take next, and their pace. */
public interface LearningInsightsQueries {
    /** The learner's insights as of now in their time zone; a learner of another organization is not found. */
    LearningInsightsView insights(OrganizationId org, LearnerId learner);
}
