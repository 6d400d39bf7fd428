package dev.parley.application.learning;

import static dev.parley.application.contract.Seed.T0;
import static dev.parley.application.learning.ItemDraftBuilder.CHOICES;
import static dev.parley.application.learning.ItemDraftBuilder.draft;
import static dev.parley.application.learning.ItemDraftBuilder.multipleChoice;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.LearningSeed;
import dev.parley.application.contract.Seed;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.learning.port.in.ItemFilter;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Skill;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.Xp;
import dev.parley.domain.learning.exercise.Exercise;
import dev.parley.domain.learning.exercise.ItemAnswer;
import dev.parley.domain.learning.exercise.ItemSolution;
import dev.parley.domain.learning.exercise.ItemType;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrainingItemServiceTest {
    private static final TrainingId TRAINING = new TrainingId(10);
    private static final TrainingId OTHER_TRAINING = new TrainingId(20);
    private static final TrainingId FOREIGN_TRAINING = new TrainingId(30);

    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final TrainingItemService service = new TrainingItemService(adapters.trainings(), adapters.trainingItems(),
            adapters.transactions(), new SequentialIdGenerator(900), clock);
    private OrganizationId org;
    private OrganizationId otherOrg;

    @BeforeEach
    void seed() {
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        adapters.courses().save(LearningSeed.course(org, 1, "mine", T0));
        adapters.courses().save(LearningSeed.course(otherOrg, 2, "theirs", T0));
        adapters.lessons().save(LearningSeed.lesson(org, 3, new CourseId(1), 1, T0));
        adapters.lessons().save(LearningSeed.lesson(otherOrg, 4, new CourseId(2), 1, T0));
        adapters.trainings().save(LearningSeed.training(org, TRAINING.value(), new LessonId(3), 1, T0));
        adapters.trainings().save(LearningSeed.training(org, OTHER_TRAINING.value(), new LessonId(3), 2, T0));
        adapters.trainings().save(LearningSeed.training(otherOrg, FOREIGN_TRAINING.value(), new LessonId(4), 1, T0));
    }

    private static void assertInvalid(String field, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void an_item_is_worth_ten_xp_unless_told_and_goes_last_in_its_training() {
        TrainingItem first = service.create(org, multipleChoice(TRAINING).build());
        TrainingItem second = service.create(org, multipleChoice(TRAINING).xp(50).build());

        assertThat(first.id().value()).isEqualTo(900);
        assertThat(first.xp()).isEqualTo(Xp.DEFAULT);
        assertThat(first.position()).isEqualTo(new Position(1));
        assertThat(second.xp()).isEqualTo(new Xp(50));
        assertThat(second.position()).isEqualTo(new Position(2));
        assertThat(first.skill()).isEqualTo(Skill.VOCABULARY);
        assertThat(first.cefrLevel()).isEqualTo(CefrLevel.A1);
        assertThat(service.get(org, first.id()).grade(new ItemAnswer.MultipleChoice(1)).correct()).isTrue();
    }

    @Test
    void every_type_of_item_is_stored_with_what_it_needs() {
        for (Exercise exercise : LearningSeed.EXERCISES.values()) {
            ItemDraftBuilder draft = draft().training(TRAINING).type(exercise.type()).content(exercise.content().toData())
                    .skill(Skill.LISTENING).cefrLevel(CefrLevel.B1);
            exercise.solution().map(ItemSolution::toData).ifPresent(draft::solution);
            TrainingItem item = service.create(org, draft.build());
            assertThat(service.get(org, item.id()).exercise()).isEqualTo(exercise);
        }
        assertThat(service.list(org, new ItemFilter(Optional.empty(), Optional.of(ItemType.MATCH_PAIRS)), new PageRequest(1, 10)).total())
                .isEqualTo(1);
    }

    @Test
    void every_required_field_and_every_rule_of_the_exercise_is_named() {
        assertInvalid("training_id", () -> service.create(org, multipleChoice(TRAINING).noTraining().build()));
        assertInvalid("type", () -> service.create(org, draft().training(TRAINING).content(CHOICES).skill(Skill.READING).cefrLevel(CefrLevel.A1).build()));
        assertInvalid("content", () -> service.create(org, draft().training(TRAINING).type(ItemType.FLASHCARD).skill(Skill.READING).cefrLevel(CefrLevel.A1).build()));
        assertInvalid("skill", () -> service.create(org, draft().training(TRAINING).type(ItemType.FREE_TEXT).content(Map.of("prompt", "p")).cefrLevel(CefrLevel.A1).build()));
        assertInvalid("cefr_level", () -> service.create(org, draft().training(TRAINING).type(ItemType.FREE_TEXT).content(Map.of("prompt", "p")).skill(Skill.WRITING).build()));
        assertInvalid("solution", () -> service.create(org, multipleChoice(TRAINING).noSolution().build()));
        assertInvalid("solution.correct_index", () -> service.create(org, multipleChoice(TRAINING).solution(Map.of("correct_index", 3)).build()));
        assertInvalid("content.choices", () -> service.create(org, multipleChoice(TRAINING).content(Map.of("prompt", "p", "choices", List.of("x"))).build()));
        assertInvalid("training_id", () -> service.create(org, multipleChoice(FOREIGN_TRAINING).build()));

        assertThat(service.list(org, ItemFilter.all(), new PageRequest(1, 10)).total()).isZero();
    }

    @Test
    void an_update_keeps_the_exercise_unless_it_is_changed() {
        TrainingItem item = service.create(org, multipleChoice(TRAINING).build());

        TrainingItem updated = service.update(org, item.id(), draft().xp(99).skill(Skill.READING).build());

        assertThat(updated.xp()).isEqualTo(new Xp(99));
        assertThat(updated.skill()).isEqualTo(Skill.READING);
        assertThat(updated.exercise()).isEqualTo(item.exercise());
        assertThat(updated.updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void new_content_is_checked_against_the_solution_kept() {
        TrainingItem item = service.create(org, multipleChoice(TRAINING).build());
        Map<String, Object> twoChoices = Map.of("prompt", "Pick", "choices", List.of("dog", "cat"));

        TrainingItem shorter = service.update(org, item.id(), draft().content(twoChoices).build());
        assertThat(shorter.exercise().solution().orElseThrow().toData()).isEqualTo(Map.of("correct_index", 1));
        assertInvalid("solution.correct_index", () -> service.update(org, item.id(), draft().solution(Map.of("correct_index", 2)).build()));
        service.update(org, item.id(), draft().content(CHOICES).solution(Map.of("correct_index", 2)).build());

        assertInvalid("solution.correct_index", () -> service.update(org, item.id(), draft().content(twoChoices).build()));
        assertThat(service.get(org, item.id()).exercise().content().toData()).isEqualTo(CHOICES);
    }

    @Test
    void a_changed_type_needs_its_own_content_and_drops_or_asks_for_a_solution() {
        TrainingItem item = service.create(org, multipleChoice(TRAINING).build());

        assertInvalid("content.audio_url", () -> service.update(org, item.id(), draft().type(ItemType.LISTEN_SELECT).build()));
        TrainingItem card = service.update(org, item.id(), draft().type(ItemType.FLASHCARD).content(Map.of("front", "犬", "back", "dog")).build());
        assertThat(card.exercise().solution()).isEmpty();
        assertInvalid("solution", () -> service.update(org, item.id(), draft().type(ItemType.MULTIPLE_CHOICE).content(CHOICES).build()));
        assertInvalid("solution", () -> service.update(org, item.id(), draft().solution(Map.of("known", true)).build()));

        TrainingItem back = service.update(org, item.id(), draft().type(ItemType.MULTIPLE_CHOICE).content(CHOICES)
                .solution(Map.of("correct_index", 0)).build());
        assertThat(back.type()).isEqualTo(ItemType.MULTIPLE_CHOICE);
    }

    @Test
    void a_moved_item_goes_last_in_its_new_training_and_only_within_the_organization() {
        service.create(org, multipleChoice(OTHER_TRAINING).position(6).build());
        TrainingItem item = service.create(org, multipleChoice(TRAINING).build());

        assertInvalid("training_id", () -> service.update(org, item.id(), draft().training(FOREIGN_TRAINING).build()));
        TrainingItem moved = service.update(org, item.id(), draft().training(OTHER_TRAINING).build());

        assertThat(moved.trainingId()).isEqualTo(OTHER_TRAINING);
        assertThat(moved.position()).isEqualTo(new Position(7));
    }

    @Test
    void foreign_items_are_not_found_and_deleted_ones_are_gone() {
        TrainingItem mine = service.create(org, multipleChoice(TRAINING).build());
        TrainingItem theirs = service.create(otherOrg, multipleChoice(FOREIGN_TRAINING).build());

        assertThatThrownBy(() -> service.get(org, theirs.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.update(org, theirs.id(), draft().xp(1).build())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.delete(org, theirs.id())).isInstanceOf(NotFound.class);
        service.delete(org, mine.id());
        assertThatThrownBy(() -> service.get(org, mine.id())).isInstanceOf(NotFound.class);
        assertThat(service.get(otherOrg, theirs.id())).isNotNull();
    }
}
