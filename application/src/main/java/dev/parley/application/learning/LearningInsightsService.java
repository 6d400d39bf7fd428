package dev.parley.application.learning;

import dev.parley.application.learning.port.in.LearningInsightsQueries;
import dev.parley.application.learning.port.in.LearningInsightsView;
import dev.parley.application.learning.port.in.MissedItemView;
import dev.parley.application.learning.port.in.RecommendedLesson;
import dev.parley.application.learning.port.out.CompletionRepository;
import dev.parley.application.learning.port.out.CourseHeading;
import dev.parley.application.learning.port.out.LearnerActivityRepository;
import dev.parley.application.learning.port.out.LearnerInsightRepository;
import dev.parley.application.learning.port.out.LessonRepository;
import dev.parley.application.learning.port.out.MissedItem;
import dev.parley.domain.learning.Learner;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.ItemPrompt;
import dev.parley.domain.learning.progress.MostMissed;
import dev.parley.domain.learning.progress.NextLesson;
import dev.parley.domain.learning.progress.NextLesson.LessonStanding;
import dev.parley.domain.learning.progress.NextLesson.Reason;
import dev.parley.domain.learning.progress.SkillRanking;
import dev.parley.domain.learning.progress.WeekOverWeek;
import dev.parley.domain.shared.OrganizationId;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A learner's insights from the totals kept attempt by attempt, never from the attempts themselves. The next lesson
 * continues the published courses they are enrolled in, most recently active first; with none left to continue it
 * starts the organization's oldest published course they are not enrolled in.
 */
public final class LearningInsightsService implements LearningInsightsQueries {
    private final Learners learners;
    private final LearnerActivityRepository activity;
    private final CompletionRepository completions;
    private final LearnerInsightRepository insights;
    private final LessonRepository lessons;
    private final Clock clock;

    public LearningInsightsService(LearningProgressPorts ports, LearnerInsightRepository insights, LessonRepository lessons, Clock clock) {
        this.learners = new Learners(ports.learners());
        this.activity = ports.activity();
        this.completions = ports.completions();
        this.insights = insights;
        this.lessons = lessons;
        this.clock = clock;
    }

    @Override
    public LearningInsightsView insights(OrganizationId org, LearnerId learnerId) {
        Learner learner = learners.require(org, learnerId);
        LocalDate today = clock.instant().atZone(learner.zone()).toLocalDate();
        return new LearningInsightsView(learnerId, learner.zone(),
                SkillRanking.rank(activity.skillLevels(org, learnerId)),
                insights.mostMissedItems(org, learnerId, MostMissed.LIMIT).stream().map(LearningInsightsService::view).toList(),
                nextLesson(org, learnerId),
                WeekOverWeek.of(today, insights.weeks(org, learnerId, WeekOverWeek.lastWeek(today), WeekOverWeek.thisWeek(today))));
    }

    private static MissedItemView view(MissedItem missed) {
        return new MissedItemView(missed.item().id(), missed.item().trainingId(), missed.lesson(), missed.course(), missed.item().type(),
                missed.item().skill(), ItemPrompt.of(missed.item().exercise().content()), missed.misses().attempts(),
                missed.misses().misses(), missed.completed());
    }

    private Optional<RecommendedLesson> nextLesson(OrganizationId org, LearnerId learner) {
        for (CourseHeading course : insights.publishedEnrolments(org, learner)) {
            Optional<RecommendedLesson> next = firstOpenLesson(org, learner, course, Reason.CONTINUE);
            if (next.isPresent()) {
                return next;
            }
        }
        return insights.firstCourseToStart(org, learner).flatMap(course -> firstOpenLesson(org, learner, course, Reason.START));
    }

    private Optional<RecommendedLesson> firstOpenLesson(OrganizationId org, LearnerId learner, CourseHeading course, Reason reason) {
        List<LessonStanding> standings = completions.lessonProgress(org, learner, course.id()).stream()
                .map(progress -> new LessonStanding(progress.lesson(), progress.items(), progress.completedAt().isPresent()))
                .toList();
        return NextLesson.firstOpen(standings).flatMap(open -> lessons.find(org, open.lesson()).map(lesson ->
                new RecommendedLesson(lesson.id(), course.id(), course.title(), lesson.title(), lesson.position(), open.items(), reason)));
    }
}
