package dev.parley.application.learning;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.LearningSeed;
import dev.parley.application.contract.Seed;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.learning.port.in.LessonDraft;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.Lesson;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Position;
import dev.parley.domain.learning.Title;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LessonServiceTest {
    private static final CourseId COURSE = new CourseId(10);
    private static final CourseId OTHER_COURSE = new CourseId(20);
    private static final CourseId FOREIGN_COURSE = new CourseId(30);

    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final LessonService service = new LessonService(adapters.courses(), adapters.lessons(), adapters.transactions(),
            new SequentialIdGenerator(500), clock);
    private OrganizationId org;

    @BeforeEach
    void seed() {
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        OrganizationId otherOrg = seed.organization(2, "globex");
        adapters.courses().save(LearningSeed.course(org, COURSE.value(), "first", T0));
        adapters.courses().save(LearningSeed.course(org, OTHER_COURSE.value(), "second", T0));
        adapters.courses().save(LearningSeed.course(otherOrg, FOREIGN_COURSE.value(), "foreign", T0));
    }

    private static LessonDraft draft(CourseId course, String title, Integer position) {
        return new LessonDraft(Optional.ofNullable(course), Optional.ofNullable(title).map(Title::new),
                Optional.ofNullable(position).map(Position::new));
    }

    private static void assertInvalid(String field, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void lessons_without_a_position_go_after_the_last_one() {
        Lesson first = service.create(org, draft(COURSE, "Greetings", null));
        service.create(org, draft(COURSE, "Numbers", 7));
        Lesson third = service.create(org, draft(COURSE, "Colours", null));

        assertThat(first.id()).isEqualTo(new LessonId(500));
        assertThat(first.position()).isEqualTo(new Position(1));
        assertThat(third.position()).isEqualTo(new Position(8));
        assertThat(first.createdAt()).isEqualTo(clock.instant());
        assertThat(service.list(org, Optional.of(COURSE), new PageRequest(1, 10)).items())
                .extracting(lesson -> lesson.title().value()).containsExactly("Greetings", "Numbers", "Colours");
    }

    @Test
    void a_lesson_needs_a_course_of_the_organization_and_a_title() {
        assertInvalid("course_id", () -> service.create(org, draft(null, "Greetings", null)));
        assertInvalid("title", () -> service.create(org, draft(COURSE, null, null)));
        assertInvalid("course_id", () -> service.create(org, draft(FOREIGN_COURSE, "Greetings", null)));
        assertInvalid("course_id", () -> service.create(org, draft(new CourseId(999), "Greetings", null)));

        assertThat(service.list(org, Optional.empty(), new PageRequest(1, 10)).total()).isZero();
    }

    @Test
    void an_update_changes_the_given_fields_and_keeps_the_others() {
        Lesson lesson = service.create(org, draft(COURSE, "Greetings", 3));
        clock.advance(Duration.ofMinutes(1));

        Lesson renamed = service.update(org, lesson.id(), draft(null, "Hello and goodbye", null));

        assertThat(renamed.title().value()).isEqualTo("Hello and goodbye");
        assertThat(renamed.courseId()).isEqualTo(COURSE);
        assertThat(renamed.position()).isEqualTo(new Position(3));
        assertThat(renamed.updatedAt()).isEqualTo(clock.instant());
        assertThat(service.update(org, lesson.id(), draft(COURSE, null, 1)).position()).isEqualTo(new Position(1));
    }

    @Test
    void a_moved_lesson_goes_last_in_its_new_course_unless_placed() {
        service.create(org, draft(OTHER_COURSE, "There", 4));
        Lesson lesson = service.create(org, draft(COURSE, "Greetings", 1));
        Lesson placed = service.create(org, draft(COURSE, "Numbers", 2));

        assertThat(service.update(org, lesson.id(), draft(OTHER_COURSE, null, null)).position()).isEqualTo(new Position(5));
        assertThat(service.update(org, placed.id(), draft(OTHER_COURSE, null, 1)).position()).isEqualTo(new Position(1));
        assertThat(service.get(org, placed.id()).courseId()).isEqualTo(OTHER_COURSE);
    }

    @Test
    void a_lesson_cannot_move_to_another_organizations_course() {
        Lesson lesson = service.create(org, draft(COURSE, "Greetings", null));

        assertInvalid("course_id", () -> service.update(org, lesson.id(), draft(FOREIGN_COURSE, "Moved", null)));

        assertThat(service.get(org, lesson.id()).courseId()).isEqualTo(COURSE);
        assertThat(service.get(org, lesson.id()).title().value()).isEqualTo("Greetings");
    }

    @Test
    void unknown_and_foreign_lessons_are_not_found_and_deleted_ones_are_gone() {
        Lesson lesson = service.create(org, draft(COURSE, "Greetings", null));
        Lesson foreign = Lesson.create(new LessonId(77), new OrganizationId(2), FOREIGN_COURSE, new Title("Theirs"), new Position(1), T0);
        adapters.lessons().save(foreign);

        assertThatThrownBy(() -> service.get(org, foreign.id())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.update(org, foreign.id(), draft(null, "Mine", null))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.delete(org, foreign.id())).isInstanceOf(NotFound.class);
        service.delete(org, lesson.id());
        assertThatThrownBy(() -> service.get(org, lesson.id())).isInstanceOf(NotFound.class);
    }
}
