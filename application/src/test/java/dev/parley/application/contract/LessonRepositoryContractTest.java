package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.learning.port.out.LessonRepository;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.Lesson;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Title;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link LessonRepository} must do: round-trips, locking, the course key, tenancy, order, cascades. */
public abstract class LessonRepositoryContractTest {
    private static final CourseId COURSE = new CourseId(100);
    private static final CourseId OTHER_COURSE = new CourseId(200);
    private static final CourseId FOREIGN_COURSE = new CourseId(300);

    private Adapters adapters;
    private LessonRepository lessons;
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
        adapters.courses().save(LearningSeed.course(org, COURSE.value(), "first", T0));
        adapters.courses().save(LearningSeed.course(org, OTHER_COURSE.value(), "second", T0));
        adapters.courses().save(LearningSeed.course(otherOrg, FOREIGN_COURSE.value(), "foreign", T0));
        lessons = adapters.lessons();
    }

    private List<LessonId> ids(List<Lesson> list) {
        return list.stream().map(Lesson::id).toList();
    }

    @Test
    void a_lesson_comes_back_with_every_field_and_changes_move_its_version_on() {
        lessons.save(LearningSeed.lesson(org, 1, COURSE, 3, T0));
        Lesson found = lessons.find(org, new LessonId(1)).orElseThrow();
        assertThat(List.of(found.organizationId(), found.courseId(), found.title(), found.position(), found.createdAt(), found.updatedAt(), found.version()))
                .containsExactly(org, COURSE, new Title("Lesson 1"), new Position(3), T0, T0, 1L);

        Instant later = T0.plusSeconds(5).plusNanos(1_000);
        found.revise(OTHER_COURSE, new Title("Moved"), new Position(1), later);
        lessons.save(found);

        Lesson moved = lessons.find(org, new LessonId(1)).orElseThrow();
        assertThat(List.of(moved.courseId(), moved.title(), moved.position(), moved.updatedAt(), moved.version()))
                .containsExactly(OTHER_COURSE, new Title("Moved"), new Position(1), later, 2L);
        assertThatThrownBy(() -> lessons.save(found))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("lesson.concurrent_update"));
    }

    @Test
    void a_lesson_only_goes_into_a_course_of_its_own_organization() {
        assertThatThrownBy(() -> lessons.save(LearningSeed.lesson(org, 1, FOREIGN_COURSE, 1, T0)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("course_id"));
        assertThatThrownBy(() -> lessons.save(LearningSeed.lesson(org, 1, new CourseId(999), 1, T0)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("course_id"));
        lessons.save(LearningSeed.lesson(org, 2, COURSE, 1, T0));
        Lesson loaded = lessons.find(org, new LessonId(2)).orElseThrow();
        loaded.revise(FOREIGN_COURSE, loaded.title(), loaded.position(), T0.plusSeconds(1));

        assertThatThrownBy(() -> lessons.save(loaded))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("course_id"));
        assertThat(lessons.find(org, new LessonId(1))).isEmpty();
        assertThat(lessons.find(org, new LessonId(2)).orElseThrow().courseId()).isEqualTo(COURSE);
    }

    @Test
    void another_organizations_lesson_is_not_found_listed_or_deleted() {
        lessons.save(LearningSeed.lesson(otherOrg, 1, FOREIGN_COURSE, 1, T0));

        assertThat(lessons.find(org, new LessonId(1))).isEmpty();
        assertThat(lessons.list(org, Optional.empty(), new PageRequest(1, 10)).total()).isZero();
        assertThat(lessons.list(org, Optional.of(FOREIGN_COURSE), new PageRequest(1, 10)).total()).isZero();
        assertThat(lessons.listByCourses(org, List.of(FOREIGN_COURSE))).isEmpty();
        assertThat(lessons.lastPosition(org, FOREIGN_COURSE)).isZero();
        lessons.delete(org, new LessonId(1));
        assertThat(lessons.find(otherOrg, new LessonId(1))).isPresent();
    }

    @Test
    void lessons_are_listed_by_course_then_position_then_creation_then_id() {
        lessons.save(LearningSeed.lesson(org, 5, COURSE, 2, T0));
        lessons.save(LearningSeed.lesson(org, 4, COURSE, 1, T0.plusSeconds(9)));
        lessons.save(LearningSeed.lesson(org, 3, COURSE, 2, T0.minusSeconds(1)));
        lessons.save(LearningSeed.lesson(org, 2, COURSE, 2, T0));
        lessons.save(LearningSeed.lesson(org, 1, OTHER_COURSE, 1, T0));

        assertThat(ids(lessons.list(org, Optional.of(COURSE), new PageRequest(1, 10)).items()))
                .containsExactly(new LessonId(4), new LessonId(3), new LessonId(2), new LessonId(5));
        assertThat(ids(lessons.listByCourses(org, List.of(COURSE, OTHER_COURSE))))
                .containsExactly(new LessonId(4), new LessonId(3), new LessonId(2), new LessonId(5), new LessonId(1));
        var all = lessons.list(org, Optional.empty(), new PageRequest(2, 2));
        assertThat(ids(all.items())).containsExactly(new LessonId(2), new LessonId(5));
        assertThat(all.total()).isEqualTo(5);
        assertThat(lessons.lastPosition(org, COURSE)).isEqualTo(2);
        assertThat(lessons.lastPosition(org, new CourseId(12345))).isZero();
    }

    @Test
    void deleting_a_lesson_deletes_its_trainings_and_items_and_nothing_else() {
        lessons.save(LearningSeed.lesson(org, 1, COURSE, 1, T0));
        lessons.save(LearningSeed.lesson(org, 2, COURSE, 2, T0));
        adapters.trainings().save(LearningSeed.training(org, 11, new LessonId(1), 1, T0));
        adapters.trainings().save(LearningSeed.training(org, 12, new LessonId(2), 1, T0));
        adapters.trainingItems().save(LearningSeed.item(org, 21, new TrainingId(11), 1, T0));
        adapters.trainingItems().save(LearningSeed.item(org, 22, new TrainingId(12), 1, T0));

        lessons.delete(org, new LessonId(1));

        assertThat(lessons.find(org, new LessonId(1))).isEmpty();
        assertThat(adapters.trainings().find(org, new TrainingId(11))).isEmpty();
        assertThat(adapters.trainingItems().countByTrainings(org, List.of(new TrainingId(11), new TrainingId(12))))
                .containsExactlyEntriesOf(Map.of(new TrainingId(12), 1L));
        assertThat(adapters.courses().find(org, COURSE)).isPresent();
        assertThat(lessons.find(org, new LessonId(2))).isPresent();
    }
}
