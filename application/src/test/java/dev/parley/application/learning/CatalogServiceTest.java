package dev.parley.application.learning;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.LearningSeed;
import dev.parley.application.contract.Seed;
import dev.parley.application.learning.port.in.CatalogEntry;
import dev.parley.application.learning.port.in.CatalogFilter;
import dev.parley.application.shared.Page;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.CefrLevel;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseSlug;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LanguageTag;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CatalogServiceTest {
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final CatalogService catalog = new CatalogService(adapters.courses(), adapters.lessons());
    private OrganizationId org;
    private OrganizationId otherOrg;

    @BeforeEach
    void seed() {
        Seed seed = new Seed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        save(org, 1, "english-a1", "en", CefrLevel.A1, CourseStatus.PUBLISHED);
        save(org, 2, "english-b2", "en", CefrLevel.B2, CourseStatus.PUBLISHED);
        save(org, 3, "spanish-a1", "es", CefrLevel.A1, CourseStatus.PUBLISHED);
        save(org, 4, "english-draft", "en", CefrLevel.A1, CourseStatus.DRAFT);
        save(org, 5, "english-old", "en", CefrLevel.A1, CourseStatus.ARCHIVED);
        save(otherOrg, 6, "english-theirs", "en", CefrLevel.A1, CourseStatus.PUBLISHED);
        adapters.lessons().save(LearningSeed.lesson(org, 12, new CourseId(1), 2, T0));
        adapters.lessons().save(LearningSeed.lesson(org, 11, new CourseId(1), 1, T0));
    }

    private void save(OrganizationId owner, long id, String slug, String language, CefrLevel level, CourseStatus status) {
        adapters.courses().save(LearningSeed.course(owner, id, LearningSeed.details(slug, "Course " + slug, language, level), status,
                T0.plusSeconds(id)));
    }

    private Page<CatalogEntry> list(Optional<String> language, Optional<CefrLevel> level) {
        return catalog.list(org, new CatalogFilter(language.map(LanguageTag::new), level), new PageRequest(1, 10));
    }

    @Test
    void lists_only_the_organizations_published_courses_with_their_lessons_in_order() {
        Page<CatalogEntry> page = list(Optional.empty(), Optional.empty());

        assertThat(page.items()).extracting(entry -> entry.course().id().value()).containsExactly(1L, 2L, 3L);
        assertThat(page.total()).isEqualTo(3);
        assertThat(page.items().getFirst().lessons()).extracting(lesson -> lesson.id()).containsExactly(new LessonId(11), new LessonId(12));
        assertThat(page.items().get(1).lessons()).isEmpty();
    }

    @Test
    void filters_by_language_and_level() {
        assertThat(list(Optional.of("en"), Optional.empty()).items()).extracting(e -> e.course().id().value()).containsExactly(1L, 2L);
        assertThat(list(Optional.empty(), Optional.of(CefrLevel.A1)).items()).extracting(e -> e.course().id().value()).containsExactly(1L, 3L);
        assertThat(list(Optional.of("es"), Optional.of(CefrLevel.B2)).total()).isZero();
    }

    @Test
    void shows_a_published_course_by_slug_and_nothing_else() {
        assertThat(catalog.get(org, new CourseSlug("english-a1")).lessons()).hasSize(2);
        for (String hidden : new String[] {"english-draft", "english-old", "english-theirs", "nothing"}) {
            assertThatThrownBy(() -> catalog.get(org, new CourseSlug(hidden))).as(hidden).isInstanceOf(NotFound.class);
        }
    }
}
