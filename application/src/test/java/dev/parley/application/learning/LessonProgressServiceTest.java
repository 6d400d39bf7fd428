package dev.parley.application.learning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.parley.application.contract.InMemoryAdapters;
import dev.parley.application.contract.ProgressSeed;
import dev.parley.application.fake.MutableClock;
import dev.parley.application.fake.SequentialIdGenerator;
import dev.parley.application.learning.port.in.CourseReference;
import dev.parley.application.learning.port.in.LessonProgressView;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseSlug;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.progress.ActivityTotals;
import dev.parley.domain.learning.progress.ItemCount;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.TimeZoneName;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LessonProgressServiceTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-15T23:30:00Z"));
    private final InMemoryAdapters adapters = InMemoryAdapters.create();
    private final AttemptService attempts = new AttemptService(adapters.progress(), adapters.trainingItems(), adapters.transactions(),
            adapters.outbox(), new SequentialIdGenerator(5_000), clock);
    private final LessonProgressService progress = new LessonProgressService(adapters.progress(), adapters.courses());
    private final LearnerCalendarService calendar = new LearnerCalendarService(adapters.progress(), adapters.transactions());
    private final ProgressSeed seed = new ProgressSeed(adapters);
    private OrganizationId org;
    private LearnerId ada;
    private CourseId course;
    private LessonId greetings;
    private LessonId station;
    private TrainingItem hello;
    private TrainingItem thanks;

    @BeforeEach
    void seed() {
        org = seed.organization(1, "acme");
        seed.organization(2, "globex");
        ada = seed.learner(org, 11);
        course = seed.course(org, 100, CourseStatus.PUBLISHED);
        greetings = seed.lesson(org, 200, course, 1);
        station = seed.lesson(org, 201, course, 2);
        TrainingId words = seed.training(org, 300, greetings, 1);
        hello = seed.item(org, 400, words, 1);
        thanks = seed.item(org, 401, words, 2);
    }

    @Test
    void eachLessonShowsItsItemsCompletedAndWhenItWasCompletedByIdOrSlug() {
        attempts.submit(org, ada, hello.id(), Map.of("choice_index", 1), 1_000);

        assertThat(progress.lessonProgress(org, ada, CourseReference.of(course))).extracting(LessonProgressView::items)
                .containsExactly(new ItemCount(1, 2), new ItemCount(0, 0));

        attempts.submit(org, ada, thanks.id(), Map.of("choice_index", 1), 1_000);

        assertThat(progress.lessonProgress(org, ada, CourseReference.of(new CourseSlug("course-100"))))
                .extracting(LessonProgressView::lesson, LessonProgressView::items, LessonProgressView::completedAt)
                .containsExactly(tuple(greetings, new ItemCount(2, 2), Optional.of(clock.instant())),
                        tuple(station, new ItemCount(0, 0), Optional.empty()));
    }

    @Test
    void anotherOrganizationsCourseOrLearnerIsNotFound() {
        assertThatThrownBy(() -> progress.lessonProgress(new OrganizationId(2), ada, CourseReference.of(course)))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo("user.not_found"));
        LearnerId stranger = seed.learner(new OrganizationId(2), 21);
        assertThatThrownBy(() -> progress.lessonProgress(new OrganizationId(2), stranger, CourseReference.of(course)))
                .isInstanceOfSatisfying(NotFound.class, e -> assertThat(e.code()).isEqualTo("course.not_found"));
    }

    @Test
    void aNewTimeZoneRecountsTheLearnersDaysFromTheirAttempts() {
        attempts.submit(org, ada, hello.id(), Map.of("choice_index", 1), 60_000);
        LocalDate utcDay = LocalDate.parse("2024-03-15");
        LocalDate tokyoDay = LocalDate.parse("2024-03-16");

        adapters.users().changeTimeZone(org, new UserId(11), new TimeZoneName("Asia/Tokyo"));
        calendar.recount(org, ada);

        assertThat(adapters.learnerActivity().days(org, ada, utcDay, tokyoDay))
                .isEqualTo(Map.of(tokyoDay, new ActivityTotals(15, 1, 1, 1, 60_000, Optional.of(clock.instant()))));
        assertThatThrownBy(() -> calendar.recount(org, new LearnerId(99))).isInstanceOf(NotFound.class);
    }
}
