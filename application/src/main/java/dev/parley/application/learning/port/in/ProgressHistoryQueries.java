package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.shared.OrganizationId;

/** A learner's XP, items completed and minutes per local day or week. */
public interface ProgressHistoryQueries {
    /** The learner's history over the requested range of their local dates; a learner of another organization is not found. */
    ProgressHistoryView history(OrganizationId org, LearnerId learner, HistoryRequest request);
}
