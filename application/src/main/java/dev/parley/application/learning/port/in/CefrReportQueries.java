package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.shared.OrganizationId;

/** A learner's estimated CEFR level per skill and overall, with the evidence behind each. */
public interface CefrReportQueries {
    /** The learner's report; a learner of another organization is not found. */
    CefrReport report(OrganizationId org, LearnerId learner);
}
