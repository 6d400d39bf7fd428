package dev.parley.application.learning.port.out;

import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.Activity;
import dev.parley.domain.learning.progress.Attempt;
import dev.parley.domain.shared.OrganizationId;
import java.util.List;

/** Stores graded attempts, scoped by organization; an attempt outlives the item it answered. */
public interface AttemptRepository {
    /** Stores a new attempt; its learner must be a person of its organization. */
    void add(Attempt attempt);

    /** What each of the learner's attempts added to their totals, oldest first (ties by id). */
    List<Activity> activities(OrganizationId org, LearnerId learner);
}
