package dev.parley.domain.learning.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.progress.CourseProgress.Completions;
import dev.parley.domain.learning.progress.ProgressEvents.CourseCompleted;
import dev.parley.domain.learning.progress.ProgressEvents.LearnerEnrolled;
import dev.parley.domain.learning.progress.ProgressEvents.LessonCompleted;
import dev.parley.domain.learning.progress.ProgressEvents.TrainingCompleted;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class CourseProgressTest {
    private static final OrganizationId ORG = new OrganizationId(1);
    private static final LearnerId LEARNER = new LearnerId(7);
    private static final CourseId COURSE = new CourseId(1);
    private static final Instant T0 = Instant.parse("2024-03-15T14:23:00Z");

    /** A course outline: lessons in order, each with trainings in order, each with item ids (unique across the course). */
    record Outline(Map<LessonId, Map<TrainingId, List<TrainingItemId>>> lessons) {
        List<TrainingItemId> items() {
            return lessons.values().stream().flatMap(t -> t.values().stream()).flatMap(List::stream).toList();
        }

        LessonId lessonOf(TrainingItemId item) {
            return lessons.entrySet().stream().filter(l -> l.getValue().values().stream().anyMatch(i -> i.contains(item)))
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
        }

        Set<LessonId> lessonsWithItems() {
            return lessons.entrySet().stream().filter(l -> l.getValue().values().stream().anyMatch(i -> !i.isEmpty()))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
        }

        CompletionScope scopeOf(TrainingItemId item) {
            LessonId lesson = lessonOf(item);
            return new CompletionScope(COURSE, lesson, lessons.get(lesson), lessonsWithItems());
        }
    }

    /** One answer: which item (an index into the course's items) and whether it completes it. */
    record Answer(int item, boolean completes) {
    }

    /** Plays answers against a learner whose completions are kept as a repository would keep them. */
    static final class Learner {
        final Map<TrainingItemId, Boolean> items = new HashMap<>();
        final Set<TrainingId> trainings = new HashSet<>();
        final Set<LessonId> lessons = new HashSet<>();
        final Map<TrainingItemId, Boolean> firstAnswerCompleted = new HashMap<>();
        final Map<TrainingItemId, Integer> completedAt = new HashMap<>();
        final List<DomainEvent> events = new ArrayList<>();
        boolean enrolled;
        boolean course;

        void answer(Outline outline, TrainingItemId item, boolean completes, int step) {
            boolean firstTry = !firstAnswerCompleted.containsKey(item);
            firstAnswerCompleted.putIfAbsent(item, completes);
            CourseProgress progress = CourseProgress.of(ORG, LEARNER, outline.scopeOf(item), enrolled,
                    new CompletedWork(items, trainings, lessons, course));
            Completions done = progress.answer(item, completes, firstTry, T0.plusSeconds(step));
            events.addAll(progress.pullEvents());
            enrolled |= done.enrolled();
            if (done.item()) {
                items.put(item, firstTry);
                completedAt.put(item, step);
            }
            trainings.addAll(done.trainings());
            done.lesson().ifPresent(lesson -> lessons.add(lesson.lesson()));
            course |= done.course();
        }

        <T extends DomainEvent> List<T> eventsOf(Class<T> type) {
            return events.stream().filter(type::isInstance).map(type::cast).toList();
        }
    }

    @Provide
    Arbitrary<Outline> outlines() {
        Arbitrary<List<Integer>> trainingSizes = Arbitraries.integers().between(0, 4).list().ofMaxSize(3);
        return trainingSizes.list().ofMinSize(1).ofMaxSize(4).map(lessons -> {
            Map<LessonId, Map<TrainingId, List<TrainingItemId>>> outline = new LinkedHashMap<>();
            long nextId = 1;
            for (List<Integer> sizes : lessons) {
                Map<TrainingId, List<TrainingItemId>> trainings = new LinkedHashMap<>();
                for (int size : sizes) {
                    List<TrainingItemId> items = new ArrayList<>();
                    for (int i = 0; i < size; i++) {
                        items.add(new TrainingItemId(1000 + nextId++));
                    }
                    trainings.put(new TrainingId(100 + nextId++), items);
                }
                outline.put(new LessonId(10 + nextId++), trainings);
            }
            return new Outline(outline);
        });
    }

    @Provide
    Arbitrary<List<Answer>> answers() {
        return Combinators.combine(Arbitraries.integers().between(0, 1_000), Arbitraries.of(true, true, false))
                .as(Answer::new).list().ofMaxSize(80);
    }

    private static Learner play(Outline outline, List<Answer> answers) {
        List<TrainingItemId> items = outline.items();
        Learner learner = new Learner();
        for (int step = 0; step < answers.size(); step++) {
            learner.answer(outline, items.get(answers.get(step).item() % items.size()), answers.get(step).completes(), step);
        }
        return learner;
    }

    private static int stepOf(DomainEvent event) {
        return (int) (event.occurredAt().getEpochSecond() - T0.getEpochSecond());
    }

    @Property
    void theFirstAnswerEnrolsTheLearnerAndNoOtherDoes(@ForAll("outlines") Outline outline, @ForAll("answers") List<Answer> answers) {
        Assume.that(!outline.items().isEmpty());

        Learner learner = play(outline, answers);

        assertThat(learner.eventsOf(LearnerEnrolled.class)).hasSize(answers.isEmpty() ? 0 : 1)
                .allSatisfy(enrolled -> assertThat(stepOf(enrolled)).isZero());
    }

    @Property
    void aTrainingCompletesOnceAtTheAnswerThatCompletesItsLastItem(@ForAll("outlines") Outline outline,
                                                                  @ForAll("answers") List<Answer> answers) {
        Assume.that(!outline.items().isEmpty());

        Learner learner = play(outline, answers);

        Map<TrainingId, List<TrainingCompleted>> byTraining = learner.eventsOf(TrainingCompleted.class).stream()
                .collect(Collectors.groupingBy(TrainingCompleted::training));
        outline.lessons().forEach((lesson, trainings) -> trainings.forEach((training, items) -> {
            boolean complete = !items.isEmpty() && learner.completedAt.keySet().containsAll(items);
            assertThat(byTraining.getOrDefault(training, List.of())).hasSize(complete ? 1 : 0);
            if (complete) {
                TrainingCompleted event = byTraining.get(training).getFirst();
                assertThat(stepOf(event)).isEqualTo(items.stream().mapToInt(learner.completedAt::get).max().orElseThrow());
                assertThat(event.lesson()).isEqualTo(lesson);
            }
        }));
    }

    @Property
    void aLessonAndTheCourseCompleteOnceWhenTheirLastItemDoesAndPerfectMeansRightFirstTime(
            @ForAll("outlines") Outline outline, @ForAll("answers") List<Answer> answers) {
        Assume.that(!outline.items().isEmpty());

        Learner learner = play(outline, answers);

        Map<LessonId, List<LessonCompleted>> byLesson = learner.eventsOf(LessonCompleted.class).stream()
                .collect(Collectors.groupingBy(LessonCompleted::lesson));
        outline.lessons().forEach((lesson, trainings) -> {
            List<TrainingItemId> items = trainings.values().stream().flatMap(List::stream).toList();
            boolean complete = !items.isEmpty() && learner.completedAt.keySet().containsAll(items);
            assertThat(byLesson.getOrDefault(lesson, List.of())).hasSize(complete ? 1 : 0);
            if (complete) {
                LessonCompleted event = byLesson.get(lesson).getFirst();
                assertThat(stepOf(event)).isEqualTo(items.stream().mapToInt(learner.completedAt::get).max().orElseThrow());
                assertThat(event.perfect()).isEqualTo(items.stream().allMatch(learner.firstAnswerCompleted::get));
            }
        });
        boolean courseComplete = learner.completedAt.keySet().containsAll(outline.items());
        assertThat(learner.eventsOf(CourseCompleted.class)).hasSize(courseComplete ? 1 : 0).allSatisfy(event ->
                assertThat(stepOf(event)).isEqualTo(learner.completedAt.values().stream().mapToInt(i -> i).max().orElseThrow()));
    }

    @Property
    void eachAnswersEventsComeEnrolmentFirstThenTrainingsThenTheLessonThenTheCourse(@ForAll("outlines") Outline outline,
                                                                                  @ForAll("answers") List<Answer> answers) {
        Assume.that(!outline.items().isEmpty());

        Learner learner = play(outline, answers);

        List<Integer> ranks = learner.events.stream().map(event -> stepOf(event) * 10 + switch (event) {
            case LearnerEnrolled e -> 0;
            case TrainingCompleted e -> 1;
            case LessonCompleted e -> 2;
            case CourseCompleted e -> 3;
            default -> throw new AssertionError(event);
        }).toList();
        assertThat(ranks).isSorted();
        assertThat(learner.events).allSatisfy(event -> {
            assertThat(event.organizationId()).isEqualTo(ORG);
            assertThat(event.data()).containsEntry("user_id", 7L).containsEntry("course_id", 1L);
        });
    }

    @Example
    void aTrainingWhoseLastMissingItemWasDeletedCompletesAtTheNextAnswerInItsLesson() {
        TrainingItemId a = new TrainingItemId(1);
        TrainingItemId b = new TrainingItemId(2);
        TrainingId first = new TrainingId(21);
        TrainingId second = new TrainingId(22);
        LessonId lesson = new LessonId(11);
        CompletionScope scope = new CompletionScope(COURSE, lesson, Map.of(first, List.of(a), second, List.of()), Set.of(lesson));
        CourseProgress progress = CourseProgress.of(ORG, LEARNER, scope, true, new CompletedWork(Map.of(a, false), Set.of(), Set.of(), false));

        Completions done = progress.answer(a, true, false, T0);

        assertThat(done.item()).isFalse();
        assertThat(done.trainings()).containsExactly(first);
        assertThat(done.lesson()).hasValueSatisfying(l -> assertThat(l.perfect()).isFalse());
        assertThat(done.course()).isTrue();
        assertThat(progress.pullEvents()).extracting(DomainEvent::type).containsExactly("training.completed", "lesson.completed",
                "course.completed");
        assertThat(progress.pullEvents()).isEmpty();
    }

    @Example
    void anItemOutsideTheLessonAndAScopeThatMisstatesItsLessonAreRefused() {
        LessonId lesson = new LessonId(11);
        Map<TrainingId, List<TrainingItemId>> trainings = Map.of(new TrainingId(21), List.of(new TrainingItemId(1)));
        CompletionScope scope = new CompletionScope(COURSE, lesson, trainings, Set.of(lesson));

        assertThatThrownBy(() -> CourseProgress.of(ORG, LEARNER, scope, false, CompletedWork.NOTHING)
                .answer(new TrainingItemId(2), true, true, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CompletionScope(COURSE, lesson, trainings, Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ProgressEvents.LessonCompleted(ORG, LEARNER, COURSE, lesson, true, T0).data())
                .containsExactly(Map.entry("user_id", 7L), Map.entry("course_id", 1L), Map.entry("lesson_id", 11L), Map.entry("perfect", true));
    }
}
