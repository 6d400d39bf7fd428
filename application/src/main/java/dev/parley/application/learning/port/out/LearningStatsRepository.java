package dev.parley.application.learning.port.out;

import dev.parley.application.learning.port.in.LearningCounts;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;

/** Organization-wide learning numbers, counted from per-learner totals and completion rows, never from single attempts. */
public interface LearningStatsRepository {
    /** The organization's learners, content, enrolments, completions and summed attempt totals. */
    LearningCounts counts(OrganizationId org);

    /** How many people with the learner role answered an item at or after {@code since}. */
    long activeLearners(OrganizationId org, Instant since);
}
