package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.shared.OrganizationId;

/** Records a learner's answer to an item of a published course, grading it on the server. */
public interface AttemptUseCase {
    /**
     * Grades {@code answer} (plain data in the shape of the item's type) and records it with what it completes, in one
     * transaction with its events. An item of another organization, or of a course that is not published, is not found.
     */
    AttemptResult submit(OrganizationId org, LearnerId learner, TrainingItemId item, Object answer, long durationMs);
}
