package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.progress.ProgressEvents.CourseCompleted;
import dev.parley.domain.learning.progress.ProgressEvents.LearnerEnrolled;
import dev.parley.domain.learning.progress.ProgressEvents.LessonCompleted;
import dev.parley.domain.learning.progress.ProgressEvents.TrainingCompleted;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.RecordedEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A learner's progress through a course, around the item just answered. The learner is enrolled by their first answer
 * in the course. An item is completed once; a training when every one of its items is, a lesson when every training of
 * it that has items is, and the course when every lesson of it that has items is. Every answer checks the trainings of
 * its lesson, so a training whose last missing item was deleted completes at the next answer in that lesson. Each
 * completion happens once and records its event; a lesson is perfect when every item of it was completed at the first
 * attempt.
 */
public final class CourseProgress {
    private final OrganizationId organization;
    private final LearnerId learner;
    private final CompletionScope scope;
    private final Map<TrainingItemId, Boolean> items;
    private final Set<TrainingId> trainings;
    private final Set<LessonId> lessons;
    private boolean enrolled;
    private boolean course;
    private final RecordedEvents events = new RecordedEvents();

    private CourseProgress(OrganizationId organization, LearnerId learner, CompletionScope scope, boolean enrolled, CompletedWork done) {
        this.organization = Objects.requireNonNull(organization);
        this.learner = Objects.requireNonNull(learner);
        this.scope = Objects.requireNonNull(scope);
        this.enrolled = enrolled;
        this.items = new HashMap<>(done.items());
        this.trainings = new HashSet<>(done.trainings());
        this.lessons = new HashSet<>(done.lessons());
        this.course = done.course();
    }

    public static CourseProgress of(OrganizationId organization, LearnerId learner, CompletionScope scope, boolean enrolled,
                                    CompletedWork done) {
        return new CourseProgress(organization, learner, scope, enrolled, done);
    }

    /**
     * Records an answer to {@code item} at {@code at}: completes the item when {@code completesItem} (and it is not yet),
     * at the first attempt when {@code firstTry}, then whatever that completes in turn.
     */
    public Completions answer(TrainingItemId item, boolean completesItem, boolean firstTry, Instant at) {
        if (scope.trainingOf(item).isEmpty()) {
            throw new IllegalArgumentException("item " + item.value() + " is not in lesson " + scope.lesson().value());
        }
        boolean newlyEnrolled = !enrolled;
        if (newlyEnrolled) {
            enrolled = true;
            events.add(new LearnerEnrolled(organization, learner, scope.course(), at));
        }
        boolean itemCompleted = completesItem && items.putIfAbsent(item, firstTry) == null;
        List<TrainingId> completedTrainings = completeTrainings(at);
        Optional<LessonCompletion> lesson = completeLesson(at);
        boolean courseCompleted = completeCourse(at);
        return new Completions(newlyEnrolled, itemCompleted, completedTrainings, lesson, courseCompleted);
    }

    private List<TrainingId> completeTrainings(Instant at) {
        List<TrainingId> completed = new ArrayList<>();
        scope.trainings().forEach((training, trainingItems) -> {
            if (!trainingItems.isEmpty() && !trainings.contains(training) && items.keySet().containsAll(trainingItems)) {
                trainings.add(training);
                completed.add(training);
                events.add(new TrainingCompleted(organization, learner, scope.course(), scope.lesson(), training, at));
            }
        });
        return completed;
    }

    private Optional<LessonCompletion> completeLesson(Instant at) {
        boolean allTrainings = scope.trainings().entrySet().stream()
                .allMatch(e -> e.getValue().isEmpty() || trainings.contains(e.getKey()));
        if (lessons.contains(scope.lesson()) || !scope.lessonsWithItems().contains(scope.lesson()) || !allTrainings) {
            return Optional.empty();
        }
        lessons.add(scope.lesson());
        boolean perfect = scope.lessonItems().stream().allMatch(item -> Boolean.TRUE.equals(items.get(item)));
        events.add(new LessonCompleted(organization, learner, scope.course(), scope.lesson(), perfect, at));
        return Optional.of(new LessonCompletion(scope.lesson(), perfect, at));
    }

    private boolean completeCourse(Instant at) {
        if (course || !lessons.containsAll(scope.lessonsWithItems())) {
            return false;
        }
        course = true;
        events.add(new CourseCompleted(organization, learner, scope.course(), at));
        return true;
    }

    /** Hands over the events recorded since the last call, oldest first. */
    public List<DomainEvent> pullEvents() {
        return events.drain();
    }

    /** A lesson completed by an answer, whether perfectly, and when. */
    public record LessonCompletion(LessonId lesson, boolean perfect, Instant at) {
    }

    /** What one answer did: enrolled the learner, completed its item, and which trainings, lesson and course it completed. */
    public record Completions(boolean enrolled, boolean item, List<TrainingId> trainings, Optional<LessonCompletion> lesson,
                              boolean course) {
        public Completions {
            trainings = List.copyOf(trainings);
        }
    }
}
