package dev.parley.application.learning.port.out;

import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.ActivityTotals;
import dev.parley.domain.learning.progress.MostMissed;
import dev.parley.domain.shared.OrganizationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The reads behind a learner's insights that the other progress ports do not make, each a handful of indexed rows
 * however long the learner's history is. Scoped by organization.
 */
public interface LearnerInsightRepository {
    /**
     * The items the learner missed at least once, in {@link MostMissed#ORDER}, at most {@code limit} of them, with where
     * each sits and whether the learner completed it; a deleted item's tally goes with it.
     */
    List<MissedItem> mostMissedItems(OrganizationId org, LearnerId learner, int limit);

    /** The published courses the learner is enrolled in, most recent activity first, then by course id. */
    List<CourseHeading> publishedEnrolments(OrganizationId org, LearnerId learner);

    /**
     * The organization's first published course, oldest first (then by id) as the course list orders them, that the learner
     * is not enrolled in and that holds at least one item.
     */
    Optional<CourseHeading> firstCourseToStart(OrganizationId org, LearnerId learner);

    /** The totals of each local ISO week with activity, keyed by its Monday, from {@code from} to {@code to}, both included. */
    SortedMap<LocalDate, ActivityTotals> weeks(OrganizationId org, LearnerId learner, LocalDate from, LocalDate to);
}
