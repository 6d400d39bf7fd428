package dev.parley.domain.learning;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class CourseTest {
    private static final Instant T0 = Instant.parse("2024-03-15T14:23:00.123456Z");
    private static final OrganizationId ORG = new OrganizationId(7);
    private static final CourseDetails DETAILS = new CourseDetails(new CourseSlug("english-a1"), new Title("English A1"),
            Optional.of("Greetings and small talk."), new LanguageTag("en"), new LanguageTag("ja"), CefrLevel.A1);

    private static Course draft() {
        return Course.create(new CourseId(1), ORG, DETAILS, CourseStatus.DRAFT, T0);
    }

    @Example
    void aNewCourseIsADraftThatWasNeverPublished() {
        Course course = draft();

        assertThat(course.status()).isEqualTo(CourseStatus.DRAFT);
        assertThat(course.publishedAt()).isEmpty();
        assertThat(course.isPublished()).isFalse();
        assertThat(course.createdAt()).isEqualTo(T0);
        assertThat(course.updatedAt()).isEqualTo(T0);
        assertThat(course.version()).isZero();
    }

    @Example
    void aCourseCreatedPublishedIsPublishedAtItsCreation() {
        Course course = Course.create(new CourseId(1), ORG, DETAILS, CourseStatus.PUBLISHED, T0);

        assertThat(course.status()).isEqualTo(CourseStatus.PUBLISHED);
        assertThat(course.publishedAt()).contains(T0);
        assertThat(course.isPublished()).isTrue();
    }

    @Example
    void theFirstPublicationIsKeptThroughArchivingAndRepublishing() {
        Course course = draft();
        course.changeStatus(CourseStatus.PUBLISHED, T0.plusSeconds(10));
        course.changeStatus(CourseStatus.ARCHIVED, T0.plusSeconds(20));
        course.changeStatus(CourseStatus.PUBLISHED, T0.plusSeconds(30));

        assertThat(course.publishedAt()).contains(T0.plusSeconds(10));
        assertThat(course.updatedAt()).isEqualTo(T0.plusSeconds(30));
    }

    @Example
    void aPublishedOrArchivedCourseNeverBecomesADraftAgain() {
        Course course = draft();
        course.changeStatus(CourseStatus.PUBLISHED, T0.plusSeconds(1));

        assertRefused("status", () -> course.changeStatus(CourseStatus.DRAFT, T0.plusSeconds(2)));
        course.changeStatus(CourseStatus.ARCHIVED, T0.plusSeconds(3));
        assertRefused("status", () -> course.changeStatus(CourseStatus.DRAFT, T0.plusSeconds(4)));
        assertThat(course.status()).isEqualTo(CourseStatus.ARCHIVED);
    }

    @Example
    void aDraftMayBeArchivedWithoutEverBeingPublished() {
        Course course = draft();
        course.changeStatus(CourseStatus.ARCHIVED, T0.plusSeconds(1));

        assertThat(course.publishedAt()).isEmpty();
    }

    @Example
    void revisingChangesTheDetailsAndTouchesOnlyWhenSomethingChanged() {
        Course course = draft();
        course.revise(DETAILS, T0.plusSeconds(5));
        assertThat(course.updatedAt()).isEqualTo(T0);

        CourseDetails renamed = new CourseDetails(DETAILS.slug(), new Title("English for beginners"), DETAILS.description(),
                DETAILS.language(), DETAILS.sourceLanguage(), DETAILS.cefrLevel());
        course.revise(renamed, T0.plusSeconds(6));

        assertThat(course.details()).isEqualTo(renamed);
        assertThat(course.updatedAt()).isEqualTo(T0.plusSeconds(6));
    }

    @Example
    void theUpdateTimeNeverGoesBack() {
        Course course = draft();
        course.changeStatus(CourseStatus.PUBLISHED, T0.minusSeconds(60));

        assertThat(course.updatedAt()).isEqualTo(T0);
    }

    @Property
    void anySequenceOfStatusChangesKeepsTheInvariants(@ForAll @Size(max = 12) List<CourseStatus> requested) {
        Course course = draft();
        Optional<Instant> firstPublication = Optional.empty();
        Instant now = T0;
        for (CourseStatus next : requested) {
            now = now.plusSeconds(1);
            CourseStatus before = course.status();
            Instant updatedBefore = course.updatedAt();
            try {
                course.changeStatus(next, now);
                assertThat(course.status()).isEqualTo(next);
                assertThat(course.updatedAt()).isEqualTo(before == next ? updatedBefore : now);
            } catch (InvalidInput refused) {
                assertThat(next).isEqualTo(CourseStatus.DRAFT);
                assertThat(before).isNotEqualTo(CourseStatus.DRAFT);
                assertThat(course.status()).isEqualTo(before);
                assertThat(course.updatedAt()).isEqualTo(updatedBefore);
            }
            if (firstPublication.isEmpty() && course.status() == CourseStatus.PUBLISHED) {
                firstPublication = Optional.of(now);
            }
            assertThat(course.publishedAt()).isEqualTo(firstPublication);
            assertThat(course.status() != CourseStatus.DRAFT || course.publishedAt().isEmpty()).isTrue();
            assertThat(course.status() != CourseStatus.PUBLISHED || course.publishedAt().isPresent()).isTrue();
        }
    }
}
