package dev.parley.application.learning.port.in;

import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.shared.OrganizationId;

/** Reads an organization's training items. */
public interface TrainingItemQueries {
    Page<TrainingItem> list(OrganizationId org, ItemFilter filter, PageRequest page);

    TrainingItem get(OrganizationId org, TrainingItemId id);
}
