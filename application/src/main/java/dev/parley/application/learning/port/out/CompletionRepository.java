package dev.parley.application.learning.port.out;

import dev.parley.application.learning.port.in.LessonProgressView;
import dev.parley.domain.learning.CourseId;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.progress.AchievementFacts.LessonCompletion;
import dev.parley.domain.learning.progress.CompletedWork;
import dev.parley.domain.learning.progress.CompletionScope;
import dev.parley.domain.learning.progress.CourseProgress.Completions;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;

/**
 * A learner's enrolments and completions, scoped by organization. Each completion is stored once, and goes with the
 * content it completed.
 */
public interface CompletionRepository {
    boolean isEnrolled(OrganizationId org, LearnerId learner, CourseId course);

    /** Enrols the learner in the course at their first activity in it, or notes the activity when enrolled already. */
    void recordActivity(OrganizationId org, LearnerId learner, CourseId course, Instant at);

    /** What the learner has completed within the scope: its lesson's items and trainings, its course's lessons, the course. */
    CompletedWork within(OrganizationId org, LearnerId learner, CompletionScope scope);

    /**
     * Stores what an answer to {@code item} completed in the scope at {@code at}; {@code firstTry} tells whether the item
     * was completed by the learner's first attempt at it.
     */
    void record(OrganizationId org, LearnerId learner, CompletionScope scope, TrainingItemId item, boolean firstTry,
                Completions completions, Instant at);

    /** Each lesson of the course in order, with the learner's completed items among those it holds now. */
    List<LessonProgressView> lessonProgress(OrganizationId org, LearnerId learner, CourseId course);

    /** Every lesson the learner completed, earliest first. */
    List<LessonCompletion> lessonCompletions(OrganizationId org, LearnerId learner);

    /** When the learner completed items, earliest first, at most {@code limit} of them. */
    List<Instant> earliestItemCompletions(OrganizationId org, LearnerId learner, int limit);

    /** When the learner completed courses, earliest first. */
    List<Instant> courseCompletions(OrganizationId org, LearnerId learner);
}
