package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.application.learning.port.in.LessonProgressView;
import dev.parley.application.learning.port.out.CompletionRepository;
import dev.parley.application.learning.port.out.ItemPlacement;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.Title;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.progress.AchievementFacts.LessonCompletion;
import dev.parley.domain.learning.progress.CompletedWork;
import dev.parley.domain.learning.progress.CompletionScope;
import dev.parley.domain.learning.progress.CourseProgress.Completions;
import dev.parley.domain.learning.progress.ItemCount;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CompletionRepository} must do: enrol once, complete each thing once, count lessons, follow the content. */
public abstract class CompletionRepositoryContractTest {
    private Adapters adapters;
    private CompletionRepository completions;
    private OrganizationId org;
    private OrganizationId otherOrg;
    private LearnerId ada;
    private LearnerId rival;
    private CourseId course;
    private LessonId greetings;
    private LessonId station;
    private LessonId empty;
    private TrainingId words;
    private TrainingId phrases;
    private TrainingItem hello;
    private TrainingItem thanks;
    private TrainingItem ticket;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void seed() {
        adapters = adapters();
        ProgressSeed seed = new ProgressSeed(adapters);
        org = seed.organization(1, "acme");
        otherOrg = seed.organization(2, "globex");
        ada = seed.learner(org, 11);
        rival = seed.learner(otherOrg, 21);
        course = seed.course(org, 100, CourseStatus.PUBLISHED);
        greetings = seed.lesson(org, 200, course, 1);
        station = seed.lesson(org, 201, course, 2);
        empty = seed.lesson(org, 202, course, 3);
        words = seed.training(org, 300, greetings, 1);
        phrases = seed.training(org, 301, greetings, 2);
        hello = seed.item(org, 400, words, 1);
        thanks = seed.item(org, 401, phrases, 1);
        ticket = seed.item(org, 402, seed.training(org, 302, station, 1), 1);
        completions = adapters.completions();
    }

    private CompletionScope scopeOf(TrainingItem item) {
        ItemPlacement placement = adapters.courseOutlines().placement(org, item.id()).orElseThrow();
        return adapters.courseOutlines().scope(org, placement);
    }

    private static Completions completing(boolean item, List<TrainingId> trainings, Optional<LessonId> lesson, boolean perfect,
                                          boolean course, Instant at) {
        return new Completions(false, item, trainings,
                lesson.map(id -> new dev.parley.domain.learning.progress.CourseProgress.LessonCompletion(id, perfect, at)), course);
    }

    @Test
    void a_learner_is_enrolled_by_their_first_activity_and_stays_enrolled() {
        assertThat(completions.isEnrolled(org, ada, course)).isFalse();

        completions.recordActivity(org, ada, course, T0);
        completions.recordActivity(org, ada, course, T0.plusSeconds(60));

        assertThat(completions.isEnrolled(org, ada, course)).isTrue();
        assertThat(completions.isEnrolled(otherOrg, ada, course)).isFalse();
        assertThatThrownBy(() -> completions.recordActivity(org, rival, course, T0))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("user_id"));
    }

    @Test
    void completions_are_stored_once_and_read_back_within_their_scope() {
        CompletionScope scope = scopeOf(hello);
        completions.record(org, ada, scope, hello.id(), true, completing(true, List.of(words), Optional.empty(), false, false, T0), T0);
        CompletionScope phrasesScope = scopeOf(thanks);
        completions.record(org, ada, phrasesScope, thanks.id(), false,
                completing(true, List.of(phrases), Optional.of(greetings), false, false, T0.plusSeconds(5)), T0.plusSeconds(5));
        completions.record(org, ada, scope, hello.id(), false,
                completing(true, List.of(words), Optional.of(greetings), true, false, T0.plusSeconds(9)), T0.plusSeconds(9));

        assertThat(completions.within(org, ada, scope)).isEqualTo(new CompletedWork(Map.of(hello.id(), true, thanks.id(), false),
                Set.of(words, phrases), Set.of(greetings), false));
        assertThat(completions.lessonCompletions(org, ada)).containsExactly(new LessonCompletion(T0.plusSeconds(5), false));
        assertThat(completions.earliestItemCompletions(org, ada, 100)).containsExactly(T0, T0.plusSeconds(5));
        assertThat(completions.earliestItemCompletions(org, ada, 1)).containsExactly(T0);
        assertThat(completions.within(org, ada, scopeOf(ticket))).isEqualTo(new CompletedWork(Map.of(), Set.of(), Set.of(greetings), false));
        assertThat(completions.within(otherOrg, ada, scope)).isEqualTo(CompletedWork.NOTHING);
    }

    @Test
    void a_completed_course_is_read_back_with_its_time() {
        CompletionScope scope = scopeOf(ticket);
        completions.record(org, ada, scope, ticket.id(), true,
                completing(true, List.of(), Optional.of(station), true, true, T0.plusSeconds(30)), T0.plusSeconds(30));

        assertThat(completions.within(org, ada, scope).course()).isTrue();
        assertThat(completions.courseCompletions(org, ada)).containsExactly(T0.plusSeconds(30));
        assertThat(completions.lessonCompletions(org, ada)).containsExactly(new LessonCompletion(T0.plusSeconds(30), true));
        assertThat(completions.courseCompletions(otherOrg, ada)).isEmpty();
        assertThatThrownBy(() -> completions.record(org, rival, scope, ticket.id(), true,
                completing(true, List.of(), Optional.empty(), false, false, T0), T0))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.field()).isEqualTo("user_id"));
    }

    @Test
    void lesson_progress_counts_the_completed_items_each_lesson_holds_now_in_lesson_order() {
        completions.record(org, ada, scopeOf(hello), hello.id(), true,
                completing(true, List.of(words), Optional.empty(), false, false, T0), T0);
        completions.record(org, ada, scopeOf(ticket), ticket.id(), true,
                completing(true, List.of(), Optional.of(station), true, false, T0.plusSeconds(7)), T0.plusSeconds(7));

        assertThat(completions.lessonProgress(org, ada, course)).containsExactly(
                new LessonProgressView(greetings, new Title("Lesson 200"), new ItemCount(1, 2), Optional.empty()),
                new LessonProgressView(station, new Title("Lesson 201"), new ItemCount(1, 1), Optional.of(T0.plusSeconds(7))),
                new LessonProgressView(empty, new Title("Lesson 202"), new ItemCount(0, 0), Optional.empty()));
        assertThat(completions.lessonProgress(org, new LearnerId(12), course)).extracting(LessonProgressView::items)
                .containsExactly(new ItemCount(0, 2), new ItemCount(0, 1), new ItemCount(0, 0));
        assertThat(completions.lessonProgress(otherOrg, ada, course)).isEmpty();
    }

    @Test
    void a_completion_goes_with_the_content_it_completed() {
        completions.recordActivity(org, ada, course, T0);
        completions.record(org, ada, scopeOf(hello), hello.id(), true,
                completing(true, List.of(words), Optional.of(greetings), true, true, T0), T0);

        adapters.trainingItems().delete(org, hello.id());
        adapters.lessons().delete(org, greetings);

        assertThat(completions.earliestItemCompletions(org, ada, 100)).isEmpty();
        assertThat(completions.lessonCompletions(org, ada)).isEmpty();
        assertThat(completions.courseCompletions(org, ada)).containsExactly(T0);
        assertThat(completions.isEnrolled(org, ada, course)).isTrue();
        adapters.courses().delete(org, course);
        assertThat(completions.courseCompletions(org, ada)).isEmpty();
        assertThat(completions.isEnrolled(org, ada, course)).isFalse();
    }
}
