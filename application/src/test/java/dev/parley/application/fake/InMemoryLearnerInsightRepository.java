package dev.parley.application.fake;

import dev.parley.application.learning.port.in.CourseFilter;
import dev.parley.application.learning.port.out.CourseHeading;
import dev.parley.application.learning.port.out.ItemPlacement;
import dev.parley.application.learning.port.out.LearnerInsightRepository;
import dev.parley.application.learning.port.out.MissedItem;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.learning.Course;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.Lesson;
import dev.parley.domain.learning.progress.ActivityTotals;
import dev.parley.domain.learning.progress.MostMissed;
import dev.parley.domain.learning.progress.MostMissed.ItemMisses;
import dev.parley.domain.shared.OrganizationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

/** Reads the in-memory activity, completion and content fakes the way the jOOQ adapter reads their tables. */
public final class InMemoryLearnerInsightRepository implements LearnerInsightRepository {
    private final InMemoryLearnerActivityRepository activity;
    private final InMemoryCompletionRepository completions;
    private final InMemoryCourseRepository courses;
    private final InMemoryCourseOutlineRepository outlines;
    private final InMemoryTrainingItemRepository items;

    public InMemoryLearnerInsightRepository(InMemoryLearnerActivityRepository activity, InMemoryCompletionRepository completions,
                                            InMemoryCourseRepository courses, InMemoryCourseOutlineRepository outlines,
                                            InMemoryTrainingItemRepository items) {
        this.activity = activity;
        this.completions = completions;
        this.courses = courses;
        this.outlines = outlines;
        this.items = items;
    }

    @Override
    public List<MissedItem> mostMissedItems(OrganizationId org, LearnerId learner, int limit) {
        List<MissedItem> missed = new ArrayList<>();
        for (ItemMisses tally : MostMissed.of(activity.itemTallies(org, learner)).stream().limit(limit).toList()) {
            ItemPlacement placement = outlines.placement(org, tally.item()).orElseThrow();
            missed.add(new MissedItem(items.find(org, tally.item()).orElseThrow(), placement.lesson(), placement.course(), tally,
                    completions.itemCompleted(org, learner, tally.item())));
        }
        return missed;
    }

    @Override
    public List<CourseHeading> publishedEnrolments(OrganizationId org, LearnerId learner) {
        return completions.enrolledCourses(org, learner).stream()
                .flatMap(course -> courses.find(org, course).stream())
                .filter(course -> course.status() == CourseStatus.PUBLISHED)
                .map(InMemoryLearnerInsightRepository::heading)
                .toList();
    }

    @Override
    public Optional<CourseHeading> firstCourseToStart(OrganizationId org, LearnerId learner) {
        Set<CourseId> enrolled = new HashSet<>(completions.enrolledCourses(org, learner));
        CourseFilter published = new CourseFilter(Optional.of(CourseStatus.PUBLISHED), Optional.empty(), Optional.empty(), Optional.empty());
        return courses.list(org, published, new PageRequest(1, Integer.MAX_VALUE)).items().stream()
                .filter(course -> !enrolled.contains(course.id()) && holdsItems(org, course))
                .findFirst()
                .map(InMemoryLearnerInsightRepository::heading);
    }

    private boolean holdsItems(OrganizationId org, Course course) {
        return outlines.lessonsOf(org, course.id()).stream().map(Lesson::id)
                .anyMatch(lesson -> outlines.outline(org, lesson).values().stream().anyMatch(list -> !list.isEmpty()));
    }

    private static CourseHeading heading(Course course) {
        return new CourseHeading(course.id(), course.details().title());
    }

    @Override
    public SortedMap<LocalDate, ActivityTotals> weeks(OrganizationId org, LearnerId learner, LocalDate from, LocalDate to) {
        return activity.weeks(org, learner, from, to);
    }
}
