package dev.parley.application.learning.port.out;

import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.progress.CompletionScope;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;

/** Reads the shape of an organization's courses: where an item sits, and what an answer to it can complete. */
public interface CourseOutlineRepository {
    /** Where the item sits; another organization's item is not found. */
    Optional<ItemPlacement> placement(OrganizationId org, TrainingItemId item);

    /** The placement's lesson with its trainings and their items in order, and the lessons of its course that hold items. */
    CompletionScope scope(OrganizationId org, ItemPlacement placement);
}
