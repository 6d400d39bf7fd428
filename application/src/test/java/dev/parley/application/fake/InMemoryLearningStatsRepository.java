package dev.parley.application.fake;

import dev.parley.application.learning.port.in.CourseFilter;
import dev.parley.application.learning.port.in.LearningCounts;
import dev.parley.application.learning.port.out.LearningStatsRepository;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.identity.Role;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.progress.ActivityTotals;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** An organization's numbers counted from the other in-memory fakes, as the jOOQ adapter counts their tables. */
public final class InMemoryLearningStatsRepository implements LearningStatsRepository {
    private static final PageRequest COUNT_ONLY = new PageRequest(1, 1);

    private final InMemoryUserRepository users;
    private final InMemoryCourseRepository courses;
    private final InMemoryLessonRepository lessons;
    private final InMemoryCompletionRepository completions;
    private final InMemoryLearnerActivityRepository activity;

    public InMemoryLearningStatsRepository(InMemoryUserRepository users, InMemoryCourseRepository courses, InMemoryLessonRepository lessons,
                                           InMemoryCompletionRepository completions, InMemoryLearnerActivityRepository activity) {
        this.users = users;
        this.courses = courses;
        this.lessons = lessons;
        this.completions = completions;
        this.activity = activity;
    }

    @Override
    public LearningCounts counts(OrganizationId org) {
        InMemoryCompletionRepository.Counts done = completions.counts(org);
        Collection<ActivityTotals> totals = activity.eachLearner(org, ledger -> ledger.totals).values();
        CourseFilter published = new CourseFilter(Optional.of(CourseStatus.PUBLISHED), Optional.empty(), Optional.empty(), Optional.empty());
        return new LearningCounts(users.count(org, Role.LEARNER), courses.list(org, CourseFilter.all(), COUNT_ONLY).total(),
                courses.list(org, published, COUNT_ONLY).total(), lessons.list(org, Optional.empty(), COUNT_ONLY).total(),
                done.enrollments(), done.trainings(), done.lessons(), done.courses(),
                totals.stream().mapToLong(ActivityTotals::attempts).sum(), totals.stream().mapToLong(ActivityTotals::correctAttempts).sum(),
                totals.stream().mapToLong(ActivityTotals::xp).sum());
    }

    @Override
    public long activeLearners(OrganizationId org, Instant since) {
        return activity.eachLearner(org, ledger -> ledger.lastActivityAt).entrySet().stream()
                .filter(last -> last.getValue().filter(at -> !at.isBefore(since)).isPresent())
                .filter(last -> users.find(org, new UserId(last.getKey().value())).filter(u -> u.role() == Role.LEARNER).isPresent())
                .count();
    }
}
