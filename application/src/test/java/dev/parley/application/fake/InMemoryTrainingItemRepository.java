package dev.parley.application.fake;

import dev.parley.application.learning.port.in.ItemFilter;
import dev.parley.application.learning.port.out.TrainingItemRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Training items in a map with the jOOQ adapter's semantics: versions, a training of the same organization required
 * as by the foreign key, and an item whose training is gone gone with it, as the cascade makes it.
 */
public final class InMemoryTrainingItemRepository implements TrainingItemRepository {
    private static final Comparator<TrainingItem> IN_ORDER = Comparator.comparingLong((TrainingItem i) -> i.trainingId().value())
            .thenComparingInt(i -> i.position().value())
            .thenComparing(TrainingItem::createdAt)
            .thenComparingLong(i -> i.id().value());

    private final Map<TrainingItemId, TrainingItem> byId = new LinkedHashMap<>();
    private final InMemoryTrainingRepository trainings;

    public InMemoryTrainingItemRepository(InMemoryTrainingRepository trainings) {
        this.trainings = trainings;
    }

    @Override
    public synchronized void save(TrainingItem item) {
        TrainingItem stored = live().filter(i -> i.id().equals(item.id())).findFirst().orElse(null);
        if (item.version() == 0) {
            if (byId.containsKey(item.id())) {
                throw new IllegalStateException("duplicate training item id " + item.id().value());
            }
        } else if (stored == null || !stored.organizationId().equals(item.organizationId()) || stored.version() != item.version()) {
            throw new Conflict("training_item.concurrent_update",
                    "Training item " + item.id().value() + " was changed since it was loaded; reload it and try again.");
        }
        if (!trainings.exists(item.organizationId(), item.trainingId())) {
            throw new InvalidInput("training_id", "is not a training of this organization");
        }
        byId.put(item.id(), copy(item, item.version() + 1));
    }

    @Override
    public synchronized Optional<TrainingItem> find(OrganizationId org, TrainingItemId id) {
        return live().filter(i -> i.id().equals(id) && i.organizationId().equals(org)).findFirst().map(i -> copy(i, i.version()));
    }

    @Override
    public synchronized Page<TrainingItem> list(OrganizationId org, ItemFilter filter, PageRequest page) {
        List<TrainingItem> matching = live()
                .filter(i -> i.organizationId().equals(org)
                        && filter.training().map(t -> i.trainingId().equals(t)).orElse(true)
                        && filter.type().map(type -> i.type() == type).orElse(true))
                .sorted(IN_ORDER)
                .toList();
        return new Page<>(matching.stream().skip(page.offset()).limit(page.perPage()).map(i -> copy(i, i.version())).toList(),
                matching.size(), page);
    }

    @Override
    public synchronized Map<TrainingId, Long> countByTrainings(OrganizationId org, Collection<TrainingId> list) {
        return live().filter(i -> i.organizationId().equals(org) && list.contains(i.trainingId()))
                .collect(Collectors.groupingBy(TrainingItem::trainingId, Collectors.counting()));
    }

    @Override
    public synchronized int lastPosition(OrganizationId org, TrainingId training) {
        return live().filter(i -> i.organizationId().equals(org) && i.trainingId().equals(training))
                .mapToInt(i -> i.position().value()).max().orElse(0);
    }

    @Override
    public synchronized void delete(OrganizationId org, TrainingItemId id) {
        if (find(org, id).isPresent()) {
            byId.remove(id);
        }
    }

    private Stream<TrainingItem> live() {
        return byId.values().stream().filter(i -> trainings.exists(i.organizationId(), i.trainingId()));
    }

    private static TrainingItem copy(TrainingItem i, long version) {
        return TrainingItem.rehydrate(i.id(), i.organizationId(), i.trainingId(), i.settings(), i.position(), i.createdAt(),
                i.updatedAt(), version);
    }
}
