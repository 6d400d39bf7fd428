package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.learning.port.in.ItemFilter;
import dev.parley.application.learning.port.out.TrainingItemRepository;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.ItemSettings;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.Xp;
import dev.parley.domain.learning.exercise.Exercise;
import dev.parley.domain.learning.exercise.ItemType;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TrainingItemRepository} must do: every exercise type, locking, the training key, tenancy, filters, counts. */
public abstract class TrainingItemRepositoryContractTest {
    private static final TrainingId TRAINING = new TrainingId(100);
    private static final TrainingId OTHER_TRAINING = new TrainingId(200);
    private static final TrainingId FOREIGN_TRAINING = new TrainingId(300);

    private TrainingItemRepository items;
    private OrganizationId org;
    private OrganizationId otherOrg;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        Adapters adapters = adapters();
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        adapters.courses().save(LearningSeed.course(org, 10, "mine", T0));
        adapters.courses().save(LearningSeed.course(otherOrg, 20, "theirs", T0));
        adapters.lessons().save(LearningSeed.lesson(org, 11, new CourseId(10), 1, T0));
        adapters.lessons().save(LearningSeed.lesson(otherOrg, 21, new CourseId(20), 1, T0));
        adapters.trainings().save(LearningSeed.training(org, TRAINING.value(), new LessonId(11), 1, T0));
        adapters.trainings().save(LearningSeed.training(org, OTHER_TRAINING.value(), new LessonId(11), 2, T0));
        adapters.trainings().save(LearningSeed.training(otherOrg, FOREIGN_TRAINING.value(), new LessonId(21), 1, T0));
        items = adapters.trainingItems();
    }

    private List<Long> ids(ItemFilter filter) {
        return items.list(org, filter, new PageRequest(1, 100)).items().stream().map(item -> item.id().value()).toList();
    }

    @Test
    void an_item_of_every_type_comes_back_as_it_was_saved() {
        long id = 1;
        for (Exercise exercise : LearningSeed.EXERCISES.values()) {
            items.save(LearningSeed.item(org, id++, TRAINING, exercise, (int) id, T0));
        }

        for (long stored = 1; stored < id; stored++) {
            TrainingItem found = items.find(org, new TrainingItemId(stored)).orElseThrow();
            TrainingItem expected = LearningSeed.item(org, stored, TRAINING, found.exercise(), (int) stored + 1, T0);
            assertThat(LearningSeed.EXERCISES).containsEntry(found.type(), found.exercise());
            assertThat(found.settings()).isEqualTo(expected.settings());
            assertThat(List.of(found.trainingId(), found.position(), found.createdAt(), found.updatedAt(), found.version()))
                    .containsExactly(TRAINING, new Position((int) stored + 1), T0, T0, 1L);
        }
    }

    @Test
    void changes_are_saved_over_the_version_they_were_loaded_at() {
        items.save(LearningSeed.item(org, 1, TRAINING, 1, T0));
        TrainingItem first = items.find(org, new TrainingItemId(1)).orElseThrow();
        TrainingItem second = items.find(org, new TrainingItemId(1)).orElseThrow();
        Instant later = T0.plusSeconds(3).plusNanos(1_000);
        ItemSettings card = new ItemSettings(LearningSeed.EXERCISES.get(ItemType.FLASHCARD), Skill.READING, CefrLevel.C1, new Xp(1000));
        first.revise(OTHER_TRAINING, card, new Position(9), later);
        items.save(first);
        second.revise(TRAINING, card, new Position(2), later);

        assertThatThrownBy(() -> items.save(second))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("training_item.concurrent_update"));
        TrainingItem stored = items.find(org, new TrainingItemId(1)).orElseThrow();
        assertThat(List.of(stored.trainingId(), stored.settings(), stored.position(), stored.updatedAt(), stored.version()))
                .containsExactly(OTHER_TRAINING, card, new Position(9), later, 2L);
        assertThat(stored.exercise().solution()).isEmpty();
    }

    @Test
    void an_item_only_goes_into_a_training_of_its_own_organization() {
        assertThatThrownBy(() -> items.save(LearningSeed.item(org, 1, FOREIGN_TRAINING, 1, T0)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("training_id"));
        assertThat(items.find(org, new TrainingItemId(1))).isEmpty();
    }

    @Test
    void another_organizations_item_is_not_found_listed_counted_or_deleted() {
        items.save(LearningSeed.item(otherOrg, 1, FOREIGN_TRAINING, 1, T0));

        assertThat(items.find(org, new TrainingItemId(1))).isEmpty();
        assertThat(ids(ItemFilter.all())).isEmpty();
        assertThat(ids(new ItemFilter(Optional.of(FOREIGN_TRAINING), Optional.empty()))).isEmpty();
        assertThat(items.countByTrainings(org, List.of(FOREIGN_TRAINING))).isEmpty();
        assertThat(items.lastPosition(org, FOREIGN_TRAINING)).isZero();
        items.delete(org, new TrainingItemId(1));
        assertThat(items.find(otherOrg, new TrainingItemId(1))).isPresent();
    }

    @Test
    void items_are_filtered_by_training_and_type_in_order_and_counted_per_training() {
        items.save(LearningSeed.item(org, 5, TRAINING, LearningSeed.EXERCISES.get(ItemType.FLASHCARD), 2, T0));
        items.save(LearningSeed.item(org, 4, TRAINING, 1, T0.plusSeconds(9)));
        items.save(LearningSeed.item(org, 3, TRAINING, 2, T0.minusSeconds(1)));
        items.save(LearningSeed.item(org, 1, OTHER_TRAINING, 7, T0));

        assertThat(ids(new ItemFilter(Optional.of(TRAINING), Optional.empty()))).containsExactly(4L, 3L, 5L);
        assertThat(ids(new ItemFilter(Optional.empty(), Optional.of(ItemType.MULTIPLE_CHOICE)))).containsExactly(4L, 3L, 1L);
        assertThat(ids(new ItemFilter(Optional.of(TRAINING), Optional.of(ItemType.FLASHCARD)))).containsExactly(5L);
        assertThat(ids(new ItemFilter(Optional.of(OTHER_TRAINING), Optional.of(ItemType.FREE_TEXT)))).isEmpty();
        assertThat(items.list(org, ItemFilter.all(), new PageRequest(2, 3)).items()).extracting(item -> item.id().value()).containsExactly(1L);
        assertThat(items.list(org, ItemFilter.all(), new PageRequest(2, 3)).total()).isEqualTo(4);
        assertThat(items.countByTrainings(org, List.of(TRAINING, OTHER_TRAINING, new TrainingId(999))))
                .containsExactlyInAnyOrderEntriesOf(Map.of(TRAINING, 3L, OTHER_TRAINING, 1L));
        assertThat(items.countByTrainings(org, List.of())).isEmpty();
        assertThat(items.lastPosition(org, OTHER_TRAINING)).isEqualTo(7);
    }

    @Test
    void a_deleted_item_is_gone() {
        items.save(LearningSeed.item(org, 1, TRAINING, 1, T0));
        items.save(LearningSeed.item(org, 2, TRAINING, 2, T0));

        items.delete(org, new TrainingItemId(1));

        assertThat(items.find(org, new TrainingItemId(1))).isEmpty();
        assertThat(ids(ItemFilter.all())).containsExactly(2L);
    }
}
