package dev.parley.application.learning;

import static dev.parley.application.learning.CourseDraftBuilder.complete;
import static dev.parley.application.learning.CourseDraftBuilder.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.LearningSeed;
import dev.parley.application.contract.Seed;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.learning.port.in.CourseFilter;
import dev.parley.application.learning.port.in.CourseReference;
import dev.parley.application.learning.port.in.CourseView;
import dev.parley.application.learning.port.in.LessonOutline;
import dev.parley.application.learning.port.in.TrainingView;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.Course;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseSlug;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CourseServiceTest {
    private final MutableClock clock = MutableClock.standard();
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final CourseService service = new CourseService(adapters.courses(), adapters.lessons(), adapters.trainings(),
            adapters.trainingItems(), adapters.transactions(), new SequentialIdGenerator(1000), clock);
    private OrganizationId org;
    private OrganizationId otherOrg;

    @BeforeEach
    void seed() {
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
    }

    private static void assertInvalid(String field, Runnable action) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo(field));
    }

    private static CourseReference ref(CourseView view) {
        return CourseReference.of(view.course().id());
    }

    @Test
    void creating_with_the_required_fields_makes_a_draft_that_was_never_published() {
        CourseView view = service.create(org, complete("english").build());

        Course course = adapters.courses().find(org, new CourseId(1000)).orElseThrow();
        assertThat(view.course().id()).isEqualTo(new CourseId(1000));
        assertThat(course.status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(course.publishedAt()).isEmpty();
        assertThat(course.details().description()).isEmpty();
        assertThat(course.details().sourceLanguage().value()).isEqualTo("ja");
        assertThat(course.createdAt()).isEqualTo(clock.instant());
        assertThat(view.lessons()).isEmpty();
        assertThat(view.itemCount()).isZero();
        assertThat(adapters.transactions().begun()).isEqualTo(1);
    }

    @Test
    void creating_a_published_course_publishes_it_now() {
        CourseView view = service.create(org, complete("english").description("Greetings.").status(CourseStatus.PUBLISHED).build());

        assertThat(view.course().publishedAt()).contains(clock.instant());
        assertThat(view.course().details().description()).contains("Greetings.");
    }

    @Test
    void every_required_field_is_named_when_missing_and_nothing_is_stored() {
        assertInvalid("slug", () -> service.create(org, draft().title("t").language("en").sourceLanguage("ja").cefrLevel(CefrLevel.A1).build()));
        assertInvalid("title", () -> service.create(org, draft().slug("s").language("en").sourceLanguage("ja").cefrLevel(CefrLevel.A1).build()));
        assertInvalid("language", () -> service.create(org, draft().slug("s").title("t").sourceLanguage("ja").cefrLevel(CefrLevel.A1).build()));
        assertInvalid("source_language", () -> service.create(org, draft().slug("s").title("t").language("en").cefrLevel(CefrLevel.A1).build()));
        assertInvalid("cefr_level", () -> service.create(org, draft().slug("s").title("t").language("en").sourceLanguage("ja").build()));

        assertThat(service.list(org, CourseFilter.all(), new PageRequest(1, 10)).total()).isZero();
    }

    @Test
    void a_slug_is_taken_once_per_organization() {
        service.create(org, complete("english").build());
        service.create(otherOrg, complete("english").build());

        assertInvalid("slug", () -> service.create(org, complete("english").build()));
        CourseView french = service.create(org, complete("french").build());
        assertInvalid("slug", () -> service.update(org, ref(french), draft().slug("english").build()));
        assertThat(service.update(org, ref(french), draft().slug("french").title("Français").build()).course().details().slug())
                .isEqualTo(new CourseSlug("french"));
    }

    @Test
    void an_update_changes_the_given_fields_and_keeps_every_other() {
        CourseView created = service.create(org, complete("english").description("Greetings.").build());
        clock.advance(Duration.ofMinutes(5));

        CourseView updated = service.update(org, ref(created), draft().title("English for beginners").cefrLevel(CefrLevel.A2).build());

        Course course = updated.course();
        assertThat(course.details().title().value()).isEqualTo("English for beginners");
        assertThat(course.details().cefrLevel()).isEqualTo(CefrLevel.A2);
        assertThat(course.details().description()).contains("Greetings.");
        assertThat(course.details().slug()).isEqualTo(new CourseSlug("english"));
        assertThat(course.updatedAt()).isEqualTo(clock.instant());
        assertThat(adapters.courses().find(org, course.id()).orElseThrow().version()).isEqualTo(2);
        assertThat(service.update(org, ref(created), draft().noDescription().build()).course().details().description()).isEmpty();
    }

    @Test
    void publishing_stamps_the_first_publication_and_a_published_course_cannot_go_back_to_draft() {
        CourseView created = service.create(org, complete("english").build());
        clock.advance(Duration.ofHours(1));
        Instant published = clock.instant();

        service.update(org, ref(created), draft().status(CourseStatus.PUBLISHED).build());
        clock.advance(Duration.ofHours(1));
        service.update(org, ref(created), draft().status(CourseStatus.ARCHIVED).build());
        clock.advance(Duration.ofHours(1));
        CourseView republished = service.update(org, ref(created), draft().status(CourseStatus.PUBLISHED).build());

        assertThat(republished.course().publishedAt()).contains(published);
        assertInvalid("status", () -> service.update(org, ref(created), draft().title("Changed").status(CourseStatus.DRAFT).build()));
        Course stored = adapters.courses().find(org, created.course().id()).orElseThrow();
        assertThat(stored.status()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(stored.details().title().value()).isEqualTo("Course english");
    }

    @Test
    void a_course_is_found_by_id_by_slug_and_by_an_all_digit_slug() {
        CourseView english = service.create(org, complete("english").build());
        CourseView year = service.create(org, complete("2024").build());

        assertThat(service.get(org, CourseReference.of(new CourseSlug("english"))).course().id()).isEqualTo(english.course().id());
        assertThat(service.get(org, new CourseReference(Optional.of(new CourseId(2024)), Optional.of(new CourseSlug("2024"))))
                .course().id()).isEqualTo(year.course().id());
        assertThat(service.get(org, new CourseReference(Optional.of(year.course().id()), Optional.of(new CourseSlug("english"))))
                .course().id()).isEqualTo(year.course().id());
        assertThatThrownBy(() -> service.get(org, new CourseReference(Optional.empty(), Optional.empty()))).isInstanceOf(NotFound.class);
    }

    @Test
    void another_organizations_course_is_not_found_anywhere() {
        CourseView theirs = service.create(otherOrg, complete("english").build());

        assertThatThrownBy(() -> service.get(org, ref(theirs))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.get(org, CourseReference.of(new CourseSlug("english")))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.update(org, ref(theirs), draft().title("Mine").build())).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> service.delete(org, ref(theirs))).isInstanceOf(NotFound.class);
        assertThat(service.get(otherOrg, ref(theirs)).course().details().title().value()).isEqualTo("Course english");
    }

    @Test
    void the_details_hold_the_lessons_in_order_with_their_trainings_and_item_counts() {
        CourseView course = service.create(org, complete("english").build());
        CourseId id = course.course().id();
        adapters.lessons().save(LearningSeed.lesson(org, 2, id, 2, clock.instant()));
        adapters.lessons().save(LearningSeed.lesson(org, 1, id, 1, clock.instant()));
        adapters.trainings().save(LearningSeed.training(org, 11, new LessonId(1), 2, clock.instant()));
        adapters.trainings().save(LearningSeed.training(org, 12, new LessonId(1), 1, clock.instant()));
        adapters.trainings().save(LearningSeed.training(org, 21, new LessonId(2), 1, clock.instant()));
        adapters.trainingItems().save(LearningSeed.item(org, 111, new TrainingId(11), 1, clock.instant()));
        adapters.trainingItems().save(LearningSeed.item(org, 112, new TrainingId(11), 2, clock.instant()));
        adapters.trainingItems().save(LearningSeed.item(org, 211, new TrainingId(21), 1, clock.instant()));

        CourseView view = service.get(org, ref(course));

        assertThat(view.lessons()).extracting(outline -> outline.lesson().id()).containsExactly(new LessonId(1), new LessonId(2));
        LessonOutline first = view.lessons().getFirst();
        assertThat(first.trainings()).extracting(t -> t.training().id()).containsExactly(new TrainingId(12), new TrainingId(11));
        assertThat(first.trainings()).extracting(TrainingView::itemCount).containsExactly(0L, 2L);
        assertThat(view.lessons().get(1).trainings()).extracting(TrainingView::itemCount).containsExactly(1L);
        assertThat(view.itemCount()).isEqualTo(3);
    }

    @Test
    void deleting_a_course_deletes_everything_in_it() {
        CourseView course = service.create(org, complete("english").build());
        adapters.lessons().save(LearningSeed.lesson(org, 1, course.course().id(), 1, clock.instant()));
        adapters.trainings().save(LearningSeed.training(org, 11, new LessonId(1), 1, clock.instant()));

        service.delete(org, ref(course));

        assertThatThrownBy(() -> service.get(org, ref(course))).isInstanceOf(NotFound.class);
        assertThat(adapters.lessons().find(org, new LessonId(1))).isEmpty();
        assertThat(adapters.trainings().find(org, new TrainingId(11))).isEmpty();
    }

    @Test
    void lists_with_the_filter_given() {
        service.create(org, complete("english").status(CourseStatus.PUBLISHED).build());
        service.create(org, complete("french").build());

        var published = service.list(org, new CourseFilter(Optional.of(CourseStatus.PUBLISHED), Optional.empty(), Optional.empty(),
                Optional.empty()), new PageRequest(1, 10));

        assertThat(published.items()).extracting(c -> c.details().slug().value()).containsExactly("english");
    }
}
