package dev.parley.application.learning;

import static dev.parley.application.learning.ContentLookup.required;

import dev.parley.application.learning.port.in.ItemFilter;
import dev.parley.application.learning.port.in.TrainingItemDraft;
import dev.parley.application.learning.port.in.TrainingItemQueries;
import dev.parley.application.learning.port.in.TrainingItemUseCase;
import dev.parley.application.learning.port.out.TrainingItemRepository;
import dev.parley.application.learning.port.out.TrainingRepository;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.domain.learning.ItemSettings;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.Xp;
import dev.parley.domain.learning.exercise.Exercise;
import dev.parley.domain.learning.exercise.ItemSolution;
import dev.parley.domain.learning.exercise.ItemType;
import dev.parley.domain.shared.OrganizationId;
import java.time.Clock;

/** Training items: exercises checked against their type, placed in a training of the same organization. */
public final class TrainingItemService implements TrainingItemUseCase, TrainingItemQueries {
    private final TrainingRepository trainings;
    private final TrainingItemRepository items;
    private final Transactions tx;
    private final IdGenerator ids;
    private final Clock clock;

    public TrainingItemService(TrainingRepository trainings, TrainingItemRepository items, Transactions tx, IdGenerator ids,
                               Clock clock) {
        this.trainings = trainings;
        this.items = items;
        this.tx = tx;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public TrainingItem create(OrganizationId org, TrainingItemDraft draft) {
        TrainingId training = required("training_id", draft.training());
        ItemType type = required("type", draft.type());
        ItemSettings settings = new ItemSettings(Exercise.parse(type, draft.content().orElse(null), draft.solution().orElse(null)),
                required("skill", draft.skill()), required("cefr_level", draft.cefrLevel()), draft.xp().orElse(Xp.DEFAULT));
        return tx.inTransaction(() -> {
            ContentLookup.requireParentTraining(trainings, org, training);
            Position position = draft.position().orElseGet(() -> Position.after(items.lastPosition(org, training)));
            TrainingItem item = TrainingItem.create(new TrainingItemId(ids.newLongId()), org, training, settings, position,
                    clock.instant());
            items.save(item);
            return item;
        });
    }

    @Override
    public TrainingItem update(OrganizationId org, TrainingItemId id, TrainingItemDraft changes) {
        return tx.inTransaction(() -> {
            TrainingItem item = ContentLookup.item(items, org, id);
            ItemSettings settings = new ItemSettings(exercise(item.exercise(), changes), changes.skill().orElse(item.skill()),
                    changes.cefrLevel().orElse(item.cefrLevel()), changes.xp().orElse(item.xp()));
            TrainingId training = changes.training().orElse(item.trainingId());
            boolean moved = !training.equals(item.trainingId());
            if (moved) {
                ContentLookup.requireParentTraining(trainings, org, training);
            }
            Position position = changes.position()
                    .orElseGet(() -> moved ? Position.after(items.lastPosition(org, training)) : item.position());
            item.revise(training, settings, position, clock.instant());
            items.save(item);
            return item;
        });
    }

    /**
     * The exercise after the changes: what was not given is taken from the current one, the solution only while the
     * (new) type has one, and the result is checked as a whole.
     */
    private static Exercise exercise(Exercise current, TrainingItemDraft changes) {
        ItemType type = changes.type().orElse(current.type());
        Object content = changes.content().orElseGet(() -> current.content().toData());
        Object solution = changes.solution().orElseGet(() ->
                type.hasSolution() ? current.solution().map(ItemSolution::toData).orElse(null) : null);
        return Exercise.parse(type, content, solution);
    }

    @Override
    public void delete(OrganizationId org, TrainingItemId id) {
        tx.run(() -> items.delete(org, ContentLookup.item(items, org, id).id()));
    }

    @Override
    public Page<TrainingItem> list(OrganizationId org, ItemFilter filter, PageRequest page) {
        return items.list(org, filter, page);
    }

    @Override
    public TrainingItem get(OrganizationId org, TrainingItemId id) {
        return ContentLookup.item(items, org, id);
    }
}
