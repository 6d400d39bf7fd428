package dev.parley.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.learning.port.out.CourseOutlineRepository;
import dev.parley.application.learning.port.out.ItemPlacement;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.progress.CompletionScope;
import dev.parley.domain.shared.OrganizationId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CourseOutlineRepository} must do: place an item, and outline its lesson in order, within the organization. */
public abstract class CourseOutlineRepositoryContractTest {
    private Adapters adapters;
    private CourseOutlineRepository outlines;
    private ProgressSeed seed;
    private OrganizationId org;
    private OrganizationId otherOrg;
    private CourseId course;
    private LessonId lesson;
    private LessonId withoutItems;
    private LessonId other;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        adapters = adapters();
        seed = new ProgressSeed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        course = seed.course(org, 100, CourseStatus.DRAFT);
        lesson = seed.lesson(org, 200, course, 1);
        withoutItems = seed.lesson(org, 201, course, 2);
        other = seed.lesson(org, 202, course, 3);
        outlines = adapters.courseOutlines();
    }

    @Test
    void an_item_is_placed_in_its_training_lesson_and_course_with_the_courses_status() {
        TrainingId training = seed.training(org, 300, lesson, 1);
        TrainingItem item = seed.item(org, 400, training, 1);

        assertThat(outlines.placement(org, item.id()))
                .contains(new ItemPlacement(item.id(), training, lesson, course, CourseStatus.DRAFT));
        assertThat(outlines.placement(otherOrg, item.id())).isEmpty();
        assertThat(outlines.placement(org, new TrainingItemId(999))).isEmpty();
    }

    @Test
    void a_scope_holds_the_lessons_trainings_and_items_in_order_and_the_lessons_with_items() {
        TrainingId second = seed.training(org, 301, lesson, 2);
        TrainingId first = seed.training(org, 300, lesson, 1);
        TrainingId emptyTraining = seed.training(org, 302, lesson, 3);
        seed.training(org, 303, withoutItems, 1);
        TrainingItem b = seed.item(org, 402, first, 2);
        TrainingItem a = seed.item(org, 401, first, 1);
        TrainingItem c = seed.item(org, 403, second, 1);
        seed.item(org, 404, seed.training(org, 304, other, 1), 1);
        seed.course(otherOrg, 110, CourseStatus.PUBLISHED);

        CompletionScope scope = outlines.scope(org, outlines.placement(org, c.id()).orElseThrow());

        Map<TrainingId, List<TrainingItemId>> expected = new LinkedHashMap<>();
        expected.put(first, List.of(a.id(), b.id()));
        expected.put(second, List.of(c.id()));
        expected.put(emptyTraining, List.of());
        assertThat(scope).isEqualTo(new CompletionScope(course, lesson, expected, Set.of(lesson, other)));
        assertThat(List.copyOf(scope.trainings().keySet())).containsExactly(first, second, emptyTraining);
    }
}
