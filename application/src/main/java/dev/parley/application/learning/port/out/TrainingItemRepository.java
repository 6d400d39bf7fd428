package dev.parley.application.learning.port.out;

import dev.parley.application.learning.port.in.ItemFilter;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.shared.OrganizationId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Stores training items, scoped by organization; siblings are ordered by position, then creation, then id. */
public interface TrainingItemRepository {
    /**
     * Stores a new item or the changes to a loaded one; a concurrent change since loading is a {@code Conflict},
     * and a training that is not the organization's is an {@code InvalidInput} on {@code training_id}.
     */
    void save(TrainingItem item);

    Optional<TrainingItem> find(OrganizationId org, TrainingItemId id);

    /** A page of the organization's matching items, grouped by training and in order. */
    Page<TrainingItem> list(OrganizationId org, ItemFilter filter, PageRequest page);

    /** How many items each of these trainings holds; trainings without items are left out. */
    Map<TrainingId, Long> countByTrainings(OrganizationId org, Collection<TrainingId> trainings);

    /** The highest position taken in the training, 0 when it has no items. */
    int lastPosition(OrganizationId org, TrainingId training);

    void delete(OrganizationId org, TrainingItemId id);
}
