package dev.parley.application.fake;

import dev.parley.application.learning.port.in.LessonProgressView;
import dev.parley.application.learning.port.out.CompletionRepository;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.Lesson;
import dev.parley.domain.learning.LessonId;
import dev.parley.domain.learning.TrainingId;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.progress.AchievementFacts.LessonCompletion;
import dev.parley.domain.learning.progress.CompletedWork;
import dev.parley.domain.learning.progress.CompletionScope;
import dev.parley.domain.learning.progress.CourseProgress.Completions;
import dev.parley.domain.learning.progress.ItemCount;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;

/**
 * Enrolments and completions in maps with the jOOQ adapter's semantics: only people of the organization, each
 * completion once, and a completion gone with the content it completed, as the cascade makes it.
 */
public final class InMemoryCompletionRepository implements CompletionRepository {
    /** One stored row: tenant, learner, what was completed (or enrolled in), when, and a flag (first try, perfect). */
    record Row<K>(OrganizationId org, LearnerId learner, K key, Instant at, boolean flag) {
    }

    private final Map<List<Object>, Row<CourseId>> enrollments = new HashMap<>();
    private final Map<List<Object>, Instant> lastActivity = new HashMap<>();
    private final Map<List<Object>, Row<TrainingItemId>> items = new HashMap<>();
    private final Map<List<Object>, Row<TrainingId>> trainings = new HashMap<>();
    private final Map<List<Object>, Row<LessonId>> lessons = new HashMap<>();
    private final Map<List<Object>, Row<CourseId>> courses = new HashMap<>();
    private final InMemoryLearnerDirectory learners;
    private final InMemoryCourseOutlineRepository content;

    public InMemoryCompletionRepository(InMemoryLearnerDirectory learners, InMemoryCourseOutlineRepository content) {
        this.learners = learners;
        this.content = content;
    }

    @Override
    public synchronized boolean isEnrolled(OrganizationId org, LearnerId learner, CourseId course) {
        return find(enrollments, org, learner, course, content::courseExists).isPresent();
    }

    @Override
    public synchronized void recordActivity(OrganizationId org, LearnerId learner, CourseId course, Instant at) {
        requireLearner(org, learner);
        Instant enrolledAt = find(enrollments, org, learner, course, content::courseExists).map(Row::at).orElse(at);
        enrollments.put(List.of(learner, course), new Row<>(org, learner, course, enrolledAt, false));
        lastActivity.merge(List.of(learner, course), at, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** When the learner enrolled in the course, if they did. */
    public synchronized Optional<Instant> enrolledAt(OrganizationId org, LearnerId learner, CourseId course) {
        return find(enrollments, org, learner, course, content::courseExists).map(Row::at);
    }

    /** The courses the learner is enrolled in, most recent activity first, then by course id. */
    synchronized List<CourseId> enrolledCourses(OrganizationId org, LearnerId learner) {
        return live(enrollments, org, learner, content::courseExists)
                .sorted(Comparator.<Row<CourseId>, Instant>comparing(row -> lastActivity.get(List.of(learner, row.key()))).reversed()
                        .thenComparingLong(row -> row.key().value()))
                .map(Row::key).toList();
    }

    synchronized boolean itemCompleted(OrganizationId org, LearnerId learner, TrainingItemId item) {
        return find(items, org, learner, item, content::itemExists).isPresent();
    }

    @Override
    public synchronized CompletedWork within(OrganizationId org, LearnerId learner, CompletionScope scope) {
        Map<TrainingItemId, Boolean> doneItems = new HashMap<>();
        scope.lessonItems().forEach(item -> find(items, org, learner, item, content::itemExists)
                .ifPresent(row -> doneItems.put(item, row.flag())));
        Set<TrainingId> doneTrainings = new HashSet<>();
        scope.trainings().keySet().forEach(training -> find(trainings, org, learner, training, content::trainingExists)
                .ifPresent(row -> doneTrainings.add(training)));
        Set<LessonId> doneLessons = new HashSet<>();
        Set<LessonId> relevant = new HashSet<>(scope.lessonsWithItems());
        relevant.add(scope.lesson());
        relevant.forEach(lesson -> find(lessons, org, learner, lesson, content::lessonExists).ifPresent(row -> doneLessons.add(lesson)));
        boolean course = find(courses, org, learner, scope.course(), content::courseExists).isPresent();
        return new CompletedWork(doneItems, doneTrainings, doneLessons, course);
    }

    @Override
    public synchronized void record(OrganizationId org, LearnerId learner, CompletionScope scope, TrainingItemId item,
                                    boolean firstTry, Completions completions, Instant at) {
        requireLearner(org, learner);
        if (completions.item()) {
            items.putIfAbsent(List.of(learner, item), new Row<>(org, learner, item, at, firstTry));
        }
        completions.trainings().forEach(training ->
                trainings.putIfAbsent(List.of(learner, training), new Row<>(org, learner, training, at, false)));
        completions.lesson().ifPresent(lesson ->
                lessons.putIfAbsent(List.of(learner, lesson.lesson()), new Row<>(org, learner, lesson.lesson(), at, lesson.perfect())));
        if (completions.course()) {
            courses.putIfAbsent(List.of(learner, scope.course()), new Row<>(org, learner, scope.course(), at, false));
        }
    }

    @Override
    public synchronized List<LessonProgressView> lessonProgress(OrganizationId org, LearnerId learner, CourseId course) {
        List<LessonProgressView> views = new ArrayList<>();
        for (Lesson lesson : content.lessonsOf(org, course)) {
            List<TrainingItemId> lessonItems = content.outline(org, lesson.id()).values().stream().flatMap(List::stream).toList();
            long completed = lessonItems.stream().filter(item -> find(items, org, learner, item, content::itemExists).isPresent()).count();
            views.add(new LessonProgressView(lesson.id(), lesson.title(), new ItemCount(completed, lessonItems.size()),
                    find(lessons, org, learner, lesson.id(), content::lessonExists).map(Row::at)));
        }
        return views;
    }

    @Override
    public synchronized List<LessonCompletion> lessonCompletions(OrganizationId org, LearnerId learner) {
        return live(lessons, org, learner, content::lessonExists).map(row -> new LessonCompletion(row.at(), row.flag()))
                .sorted(Comparator.comparing(LessonCompletion::at)).toList();
    }

    @Override
    public synchronized List<Instant> earliestItemCompletions(OrganizationId org, LearnerId learner, int limit) {
        return live(items, org, learner, content::itemExists).map(Row::at).sorted().limit(limit).toList();
    }

    @Override
    public synchronized List<Instant> courseCompletions(OrganizationId org, LearnerId learner) {
        return live(courses, org, learner, content::courseExists).map(Row::at).sorted().toList();
    }

    /** How many enrolments and training, lesson and course completions of the organization are left, as the cascade leaves them. */
    synchronized Counts counts(OrganizationId org) {
        return new Counts(count(enrollments, org, content::courseExists), count(trainings, org, content::trainingExists),
                count(lessons, org, content::lessonExists), count(courses, org, content::courseExists));
    }

    /** The organization's enrolment and completion rows, by table. */
    record Counts(long enrollments, long trainings, long lessons, long courses) {
    }

    private static <K> long count(Map<List<Object>, Row<K>> rows, OrganizationId org, BiPredicate<OrganizationId, K> exists) {
        return rows.values().stream().filter(row -> row.org().equals(org) && exists.test(org, row.key())).count();
    }

    private void requireLearner(OrganizationId org, LearnerId learner) {
        if (!learners.exists(org, learner)) {
            throw new InvalidInput("user_id", "is not a person of this organization");
        }
    }

    private static <K> Optional<Row<K>> find(Map<List<Object>, Row<K>> rows, OrganizationId org, LearnerId learner, K key,
                                             BiPredicate<OrganizationId, K> exists) {
        return Optional.ofNullable(rows.get(List.of(learner, key))).filter(row -> row.org().equals(org) && exists.test(org, key));
    }

    private static <K> java.util.stream.Stream<Row<K>> live(Map<List<Object>, Row<K>> rows, OrganizationId org, LearnerId learner,
                                                           BiPredicate<OrganizationId, K> exists) {
        return rows.values().stream().filter(row -> row.org().equals(org) && row.learner().equals(learner) && exists.test(org, row.key()));
    }
}
