package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.shared.OrganizationId;

/** Creates, changes, moves and deletes trainings. */
public interface TrainingUseCase {
    /** Creates a training; the lesson, title and kind are required, and without a position it goes last. */
    TrainingView create(OrganizationId org, TrainingDraft draft);

    TrainingView update(OrganizationId org, TrainingId id, TrainingDraft changes);

    /** Deletes the training with its items. */
    void delete(OrganizationId org, TrainingId id);
}
