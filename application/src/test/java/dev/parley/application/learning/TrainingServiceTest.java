package dev.parley.application.learning;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.LearningSeed;
import dev.parley.application.contract.Seed;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.learning.port.in.TrainingDraft;
import dev.parley.application.learning.port.in.TrainingView;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Title;
import dev.parley.domain.learning.TrainingKind;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TrainingServiceTest {
    private static final LessonId LESSON = new LessonId(10);
    private static final LessonId OTHER_LESSON = new LessonId(20);
    private static final LessonId FOREIGN_LESSON = new LessonId(30);

    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final TrainingService service = new TrainingService(adapters.lessons(), adapters.trainings(), adapters.trainingItems(),
            adapters.transactions(), new SequentialIdGenerator(700), clock);
    private OrganizationId org;
    private OrganizationId otherOrg;

    @BeforeEach
    void seed() {
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        adapters.courses().save(LearningSeed.course(org, 1, "mine", T0));
        adapters.courses().save(LearningSeed.course(otherOrg, 2, "theirs", T0));
        adapters.lessons().save(LearningSeed.lesson(org, LESSON.value(), new CourseId(1), 1, T0));
        adapters.lessons().save(LearningSeed.lesson(org, OTHER_LESSON.value(), new CourseId(1), 2, T0));
        adapters.lessons().save(LearningSeed.lesson(otherOrg, FOREIGN_LESSON.value(), new CourseId(2), 1, T0));
    }

    private static TrainingDraft draft(LessonId lesson, String title, String kind, Integer position) {
        return new TrainingDraft(Optional.ofNullable(lesson), Optional.ofNullable(title).map(Title::new),
                Optional.ofNullable(kind).map(TrainingKind::new), Optional.ofNullable(position).map(Position::new));
    }

    private static void assertInvalid(String field, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void trainings_are_appended_in_their_lesson_and_count_their_items() {
        TrainingView first = service.create(org, draft(LESSON, "Drill", "practice", null));
        TrainingView second = service.create(org, draft(LESSON, "Review", "review", null));
        adapters.trainingItems().save(LearningSeed.item(org, 1, second.training().id(), 1, T0));
        adapters.trainingItems().save(LearningSeed.item(org, 2, second.training().id(), 2, T0));

        assertThat(first.training().id().value()).isEqualTo(700);
        assertThat(first.itemCount()).isZero();
        assertThat(second.training().position()).isEqualTo(new Position(2));
        assertThat(service.get(org, second.training().id()).itemCount()).isEqualTo(2);
        assertThat(service.list(org, Optional.of(LESSON), new PageRequest(1, 10)).items())
                .extracting(TrainingView::itemCount).containsExactly(0L, 2L);
        assertThat(service.list(org, Optional.empty(), new PageRequest(1, 1)).total()).isEqualTo(2);
    }

    @Test
    void a_training_needs_a_lesson_of_the_organization_a_title_and_a_kind() {
        assertInvalid("lesson_id", () -> service.create(org, draft(null, "Drill", "practice", null)));
        assertInvalid("title", () -> service.create(org, draft(LESSON, null, "practice", null)));
        assertInvalid("kind", () -> service.create(org, draft(LESSON, "Drill", null, null)));
        assertInvalid("lesson_id", () -> service.create(org, draft(FOREIGN_LESSON, "Drill", "practice", null)));
    }

    @Test
    void an_update_keeps_what_is_not_given_and_a_move_appends_to_the_new_lesson() {
        service.create(org, draft(OTHER_LESSON, "Existing", "practice", 3));
        TrainingView training = service.create(org, draft(LESSON, "Drill", "practice", null));

        TrainingView renamed = service.update(org, training.training().id(), draft(null, null, "review", null));
        TrainingView moved = service.update(org, training.training().id(), draft(OTHER_LESSON, null, null, null));

        assertThat(renamed.training().title().value()).isEqualTo("Drill");
        assertThat(renamed.training().kind().value()).isEqualTo("review");
        assertThat(moved.training().lessonId()).isEqualTo(OTHER_LESSON);
        assertThat(moved.training().position()).isEqualTo(new Position(4));
        assertInvalid("lesson_id", () -> service.update(org, training.training().id(), draft(FOREIGN_LESSON, null, null, null)));
    }

    @Test
    void foreign_trainings_are_not_found_and_deleted_ones_are_gone() {
        TrainingView mine = service.create(org, draft(LESSON, "Drill", "practice", null));
        TrainingView theirs = service.create(otherOrg, draft(FOREIGN_LESSON, "Theirs", "practice", null));

        assertThatThrownBy(() -> service.get(org, theirs.training().id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.update(org, theirs.training().id(), draft(null, "Mine", null, null))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.delete(org, theirs.training().id())).isInstanceOf(NotFound.class);
        service.delete(org, mine.training().id());
        assertThatThrownBy(() -> service.get(org, mine.training().id())).isInstanceOf(NotFound.class);
    }
}
