package dev.parley.application.learning.port.in;

import dev.parley.domain.shared.OrganizationId;

/** Organization-wide learning statistics. */
public interface LearningStatsQueries {
    /** The organization's numbers as of now; nothing of other organizations counts. */
    LearningStatsView stats(OrganizationId org);
}
