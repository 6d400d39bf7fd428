package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.learning.port.in.CourseFilter;
import dev.parley.application.learning.port.in.ItemFilter;
import dev.parley.application.learning.port.out.CourseRepository;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.Course;
import dev.parley.domain.learning.CourseDetails;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseSlug;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LanguageTag;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Title;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.shared.Conflict;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CourseRepository} must do: round-trips, locking, unique slugs, tenancy, filters, order, cascades. */
public abstract class CourseRepositoryContractTest {
    private Adapters adapters;
    private CourseRepository courses;
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
        courses = adapters.courses();
    }

    private static CourseFilter filter(Optional<CourseStatus> status, Optional<String> language, Optional<CefrLevel> level,
                                       Optional<String> title) {
        return new CourseFilter(status, language.map(LanguageTag::new), level, title);
    }

    private List<CourseId> ids(CourseFilter filter) {
        return courses.list(org, filter, new PageRequest(1, 100)).items().stream().map(Course::id).toList();
    }

    @Test
    void a_new_course_comes_back_with_every_field_at_version_one() {
        CourseDetails details = LearningSeed.details("japanese-for-travel", "Japanese for travel", "pt-BR", CefrLevel.B2);
        courses.save(LearningSeed.course(org, 10, details, CourseStatus.PUBLISHED, T0));

        Course found = courses.find(org, new CourseId(10)).orElseThrow();

        assertThat(found.organizationId()).isEqualTo(org);
        assertThat(found.details()).isEqualTo(details);
        assertThat(found.status()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(found.publishedAt()).contains(T0);
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.updatedAt()).isEqualTo(T0);
        assertThat(found.version()).isEqualTo(1);
        assertThat(courses.findBySlug(org, new CourseSlug("japanese-for-travel"))).map(Course::id).contains(new CourseId(10));
    }

    @Test
    void a_draft_without_description_comes_back_without_one() {
        CourseDetails bare = new CourseDetails(new CourseSlug("bare"), new Title("Bare"), Optional.empty(), new LanguageTag("en"),
                new LanguageTag("en"), CefrLevel.C2);
        courses.save(LearningSeed.course(org, 10, bare, CourseStatus.DRAFT, T0));

        Course found = courses.find(org, new CourseId(10)).orElseThrow();

        assertThat(found.details()).isEqualTo(bare);
        assertThat(found.publishedAt()).isEmpty();
    }

    @Test
    void changes_are_saved_and_the_version_moves_on() {
        courses.save(LearningSeed.course(org, 10, "english", T0));
        Instant later = T0.plusSeconds(90).plusNanos(1_000);
        Course loaded = courses.find(org, new CourseId(10)).orElseThrow();
        CourseDetails revised = LearningSeed.details("english-b1", "English B1", "en", CefrLevel.B1);
        loaded.revise(revised, later);
        loaded.changeStatus(CourseStatus.PUBLISHED, later);
        courses.save(loaded);

        Course found = courses.find(org, new CourseId(10)).orElseThrow();

        assertThat(found.details()).isEqualTo(revised);
        assertThat(found.publishedAt()).contains(later);
        assertThat(found.updatedAt()).isEqualTo(later);
        assertThat(found.createdAt()).isEqualTo(T0);
        assertThat(found.version()).isEqualTo(2);
        assertThat(courses.findBySlug(org, new CourseSlug("english"))).isEmpty();
    }

    @Test
    void saving_a_stale_copy_is_a_conflict_and_changes_nothing() {
        courses.save(LearningSeed.course(org, 10, "english", T0));
        Course first = courses.find(org, new CourseId(10)).orElseThrow();
        Course second = courses.find(org, new CourseId(10)).orElseThrow();
        first.changeStatus(CourseStatus.PUBLISHED, T0.plusSeconds(1));
        courses.save(first);
        second.changeStatus(CourseStatus.ARCHIVED, T0.plusSeconds(2));

        assertThatThrownBy(() -> courses.save(second))
                .isInstanceOfSatisfying(Conflict.class, e -> assertThat(e.code()).isEqualTo("course.concurrent_update"));
        assertThatThrownBy(() -> courses.save(first)).isInstanceOf(Conflict.class);

        Course stored = courses.find(org, new CourseId(10)).orElseThrow();
        assertThat(stored.status()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void a_slug_is_unique_within_an_organization_only() {
        courses.save(LearningSeed.course(org, 10, "english", T0));
        courses.save(LearningSeed.course(org, 11, "french", T0));
        courses.save(LearningSeed.course(otherOrg, 12, "english", T0));

        assertThatThrownBy(() -> courses.save(LearningSeed.course(org, 13, "english", T0)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("slug"));
        Course french = courses.find(org, new CourseId(11)).orElseThrow();
        french.revise(LearningSeed.details("english", "French", "fr", CefrLevel.A1), T0.plusSeconds(1));
        assertThatThrownBy(() -> courses.save(french))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("slug"));

        assertThat(courses.find(org, new CourseId(13))).isEmpty();
        assertThat(courses.find(org, new CourseId(11)).orElseThrow().details().slug()).isEqualTo(new CourseSlug("french"));
        assertThat(courses.findBySlug(otherOrg, new CourseSlug("english"))).map(Course::id).contains(new CourseId(12));
    }

    @Test
    void another_organizations_course_is_not_found_listed_changed_or_deleted() {
        courses.save(LearningSeed.course(org, 10, "english", T0));
        Course loaded = courses.find(org, new CourseId(10)).orElseThrow();
        Course forged = Course.rehydrate(loaded.id(), otherOrg, loaded.details(), CourseStatus.ARCHIVED, Optional.empty(),
                loaded.createdAt(), loaded.updatedAt(), loaded.version());

        assertThat(courses.find(otherOrg, new CourseId(10))).isEmpty();
        assertThat(courses.findBySlug(otherOrg, new CourseSlug("english"))).isEmpty();
        assertThat(courses.list(otherOrg, CourseFilter.all(), new PageRequest(1, 10)).total()).isZero();
        assertThatThrownBy(() -> courses.save(forged)).isInstanceOf(Conflict.class);
        courses.delete(otherOrg, new CourseId(10));
        assertThat(courses.find(org, new CourseId(10)).orElseThrow().status()).isEqualTo(CourseStatus.DRAFT);
    }

    @Test
    void lists_oldest_first_with_the_id_breaking_ties_one_page_at_a_time() {
        courses.save(LearningSeed.course(org, 30, "c", T0.plusSeconds(1)));
        courses.save(LearningSeed.course(org, 50, "a", T0));
        courses.save(LearningSeed.course(otherOrg, 40, "d", T0));
        courses.save(LearningSeed.course(org, 20, "b", T0.plusSeconds(1)));

        var first = courses.list(org, CourseFilter.all(), new PageRequest(1, 2));
        var second = courses.list(org, CourseFilter.all(), new PageRequest(2, 2));

        assertThat(first.items()).extracting(Course::id).containsExactly(new CourseId(50), new CourseId(20));
        assertThat(second.items()).extracting(Course::id).containsExactly(new CourseId(30));
        assertThat(first.total()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(3);
        assertThat(courses.list(org, CourseFilter.all(), new PageRequest(3, 2)).items()).isEmpty();
    }

    @Test
    void filters_by_status_language_level_and_a_title_fragment_in_any_case() {
        courses.save(LearningSeed.course(org, 1, LearningSeed.details("a", "Business English", "en", CefrLevel.B2), CourseStatus.PUBLISHED, T0));
        courses.save(LearningSeed.course(org, 2, LearningSeed.details("b", "Travel English", "en", CefrLevel.A1), CourseStatus.DRAFT, T0.plusSeconds(1)));
        courses.save(LearningSeed.course(org, 3, LearningSeed.details("c", "Português 100% prático", "pt-BR", CefrLevel.A1), CourseStatus.ARCHIVED, T0.plusSeconds(2)));
        courses.save(LearningSeed.course(org, 4, LearningSeed.details("d", "ENGLISH_GRAMMAR", "en", CefrLevel.B2), CourseStatus.PUBLISHED, T0.plusSeconds(3)));

        assertThat(ids(filter(Optional.of(CourseStatus.PUBLISHED), Optional.empty(), Optional.empty(), Optional.empty())))
                .containsExactly(new CourseId(1), new CourseId(4));
        assertThat(ids(filter(Optional.empty(), Optional.of("pt-BR"), Optional.empty(), Optional.empty()))).containsExactly(new CourseId(3));
        assertThat(ids(filter(Optional.empty(), Optional.of("en"), Optional.of(CefrLevel.A1), Optional.empty()))).containsExactly(new CourseId(2));
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("eNgLiSh"))))
                .containsExactly(new CourseId(1), new CourseId(2), new CourseId(4));
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("100%")))).containsExactly(new CourseId(3));
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("h_g")))).containsExactly(new CourseId(4));
        assertThat(ids(filter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("%")))).containsExactly(new CourseId(3));
        assertThat(ids(filter(Optional.of(CourseStatus.PUBLISHED), Optional.of("en"), Optional.of(CefrLevel.B2), Optional.of("grammar"))))
                .containsExactly(new CourseId(4));
        assertThat(courses.list(org, filter(Optional.of(CourseStatus.DRAFT), Optional.of("pt-BR"), Optional.empty(), Optional.empty()),
                new PageRequest(1, 10)).total()).isZero();
    }

    @Test
    void deleting_a_course_deletes_its_lessons_trainings_and_items_and_nothing_else() {
        CourseId doomed = courseWithContent(10, "doomed");
        CourseId kept = courseWithContent(20, "kept");

        courses.delete(org, doomed);

        assertThat(courses.find(org, doomed)).isEmpty();
        assertThat(adapters.lessons().find(org, new LessonId(11))).isEmpty();
        assertThat(adapters.trainings().find(org, new TrainingId(12))).isEmpty();
        assertThat(adapters.trainingItems().list(org, new ItemFilter(Optional.of(new TrainingId(12)), Optional.empty()),
                new PageRequest(1, 10)).total()).isZero();
        assertThat(adapters.lessons().list(org, Optional.empty(), new PageRequest(1, 10)).items()).hasSize(1);
        assertThat(adapters.trainingItems().list(org, ItemFilter.all(), new PageRequest(1, 10)).total()).isEqualTo(1);
        assertThat(courses.find(org, kept)).isPresent();
        assertThat(adapters.trainings().find(org, new TrainingId(22))).isPresent();
    }

    private CourseId courseWithContent(long id, String slug) {
        courses.save(LearningSeed.course(org, id, slug, T0));
        adapters.lessons().save(LearningSeed.lesson(org, id + 1, new CourseId(id), 1, T0));
        adapters.trainings().save(LearningSeed.training(org, id + 2, new LessonId(id + 1), 1, T0));
        adapters.trainingItems().save(LearningSeed.item(org, id + 3, new TrainingId(id + 2), 1, T0));
        return new CourseId(id);
    }
}
