package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.learning.port.in.ItemFilter;
import dev.parley.application.learning.port.out.TrainingRepository;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Title;
import dev.parley.domain.learning.Training;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingKind;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link TrainingRepository} must do: round-trips, locking, the lesson key, tenancy, order, cascades. */
public abstract class TrainingRepositoryContractTest {
    private static final LessonId LESSON = new LessonId(100);
    private static final LessonId OTHER_LESSON = new LessonId(200);
    private static final LessonId FOREIGN_LESSON = new LessonId(300);

    private Adapters adapters;
    private TrainingRepository trainings;
    private OrganizationId org;
    private OrganizationId otherOrg;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        adapters = adapters();
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        adapters.courses().save(LearningSeed.course(org, 10, "mine", T0));
        adapters.courses().save(LearningSeed.course(otherOrg, 20, "theirs", T0));
        adapters.lessons().save(LearningSeed.lesson(org, LESSON.value(), new CourseId(10), 1, T0));
        adapters.lessons().save(LearningSeed.lesson(org, OTHER_LESSON.value(), new CourseId(10), 2, T0));
        adapters.lessons().save(LearningSeed.lesson(otherOrg, FOREIGN_LESSON.value(), new CourseId(20), 1, T0));
        trainings = adapters.trainings();
    }

    private static List<TrainingId> ids(List<Training> list) {
        return list.stream().map(Training::id).toList();
    }

    @Test
    void a_training_comes_back_with_every_field_and_changes_move_its_version_on() {
        trainings.save(LearningSeed.training(org, 1, LESSON, 4, T0));
        Training found = trainings.find(org, new TrainingId(1)).orElseThrow();
        assertThat(List.of(found.organizationId(), found.lessonId(), found.title(), found.kind(), found.position(), found.createdAt(),
                found.updatedAt(), found.version()))
                .containsExactly(org, LESSON, new Title("Training 1"), new TrainingKind("practice"), new Position(4), T0, T0, 1L);

        Instant later = T0.plusSeconds(5).plusNanos(1_000);
        found.revise(OTHER_LESSON, new Title("Review"), new TrainingKind("復習"), new Position(1), later);
        trainings.save(found);

        Training moved = trainings.find(org, new TrainingId(1)).orElseThrow();
        assertThat(List.of(moved.lessonId(), moved.title(), moved.kind(), moved.position(), moved.updatedAt(), moved.version()))
                .containsExactly(OTHER_LESSON, new Title("Review"), new TrainingKind("復習"), new Position(1), later, 2L);
        assertThatThrownBy(() -> trainings.save(found))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("training.concurrent_update"));
    }

    @Test
    void a_training_only_goes_into_a_lesson_of_its_own_organization() {
        assertThatThrownBy(() -> trainings.save(LearningSeed.training(org, 1, FOREIGN_LESSON, 1, T0)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("lesson_id"));
        trainings.save(LearningSeed.training(org, 2, LESSON, 1, T0));
        Training loaded = trainings.find(org, new TrainingId(2)).orElseThrow();
        loaded.revise(new LessonId(999), loaded.title(), loaded.kind(), loaded.position(), T0.plusSeconds(1));

        assertThatThrownBy(() -> trainings.save(loaded))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("lesson_id"));
        assertThat(trainings.find(org, new TrainingId(2)).orElseThrow().lessonId()).isEqualTo(LESSON);
    }

    @Test
    void another_organizations_training_is_not_found_listed_or_deleted() {
        trainings.save(LearningSeed.training(otherOrg, 1, FOREIGN_LESSON, 1, T0));

        assertThat(trainings.find(org, new TrainingId(1))).isEmpty();
        assertThat(trainings.list(org, Optional.empty(), new PageRequest(1, 10)).total()).isZero();
        assertThat(trainings.listByLessons(org, List.of(FOREIGN_LESSON))).isEmpty();
        assertThat(trainings.lastPosition(org, FOREIGN_LESSON)).isZero();
        trainings.delete(org, new TrainingId(1));
        assertThat(trainings.find(otherOrg, new TrainingId(1))).isPresent();
    }

    @Test
    void trainings_are_listed_by_lesson_then_position_then_creation_then_id() {
        trainings.save(LearningSeed.training(org, 5, LESSON, 2, T0));
        trainings.save(LearningSeed.training(org, 4, LESSON, 1, T0.plusSeconds(9)));
        trainings.save(LearningSeed.training(org, 3, LESSON, 2, T0.minusSeconds(1)));
        trainings.save(LearningSeed.training(org, 1, OTHER_LESSON, 1, T0));

        assertThat(ids(trainings.list(org, Optional.of(LESSON), new PageRequest(1, 10)).items()))
                .containsExactly(new TrainingId(4), new TrainingId(3), new TrainingId(5));
        assertThat(ids(trainings.listByLessons(org, List.of(OTHER_LESSON, LESSON))))
                .containsExactly(new TrainingId(4), new TrainingId(3), new TrainingId(5), new TrainingId(1));
        assertThat(ids(trainings.list(org, Optional.empty(), new PageRequest(2, 3)).items())).containsExactly(new TrainingId(1));
        assertThat(trainings.lastPosition(org, LESSON)).isEqualTo(2);
    }

    @Test
    void deleting_a_training_deletes_its_items_and_nothing_else() {
        trainings.save(LearningSeed.training(org, 1, LESSON, 1, T0));
        trainings.save(LearningSeed.training(org, 2, LESSON, 2, T0));
        adapters.trainingItems().save(LearningSeed.item(org, 11, new TrainingId(1), 1, T0));
        adapters.trainingItems().save(LearningSeed.item(org, 12, new TrainingId(2), 1, T0));

        trainings.delete(org, new TrainingId(1));

        assertThat(trainings.find(org, new TrainingId(1))).isEmpty();
        assertThat(adapters.trainingItems().list(org, ItemFilter.all(), new PageRequest(1, 10)).items())
                .extracting(item -> item.id().value()).containsExactly(12L);
        assertThat(adapters.lessons().find(org, LESSON)).isPresent();
    }
}
