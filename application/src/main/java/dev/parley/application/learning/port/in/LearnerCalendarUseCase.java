package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.shared.OrganizationId;

/** Keeps a learner's per-day, per-week and per-month totals in the time zone they have now. */
public interface LearnerCalendarUseCase {
    /** Recounts the learner's whole activity in their current zone; run it in the transaction that changed the zone. */
    void recount(OrganizationId org, LearnerId learner);
}
