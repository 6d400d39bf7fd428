package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.shared.OrganizationId;

/** Creates, changes, moves and deletes training items. */
public interface TrainingItemUseCase {
    /** Creates an item; training, type, skill, level and content (with the solution its type needs) are required. */
    TrainingItem create(OrganizationId org, TrainingItemDraft draft);

    /** Changes an item; a changed type or content is checked together with the solution it then needs. */
    TrainingItem update(OrganizationId org, TrainingItemId id, TrainingItemDraft changes);

    void delete(OrganizationId org, TrainingItemId id);
}
