package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.exercise.ItemType;
import java.util.Objects;
import java.util.Optional;

/** Which training items a list shows: of one training, of one type, or both. */
public record ItemFilter(Optional<TrainingId> training, Optional<ItemType> type) {
    public ItemFilter {
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(type, "type");
    }

    public static ItemFilter all() {
        return new ItemFilter(Optional.empty(), Optional.empty());
    }
}
