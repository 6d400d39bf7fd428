package dev.parley.application.learning;

import dev.parley.application.learning.port.in.AttemptResult;
import dev.parley.application.learning.port.in.AttemptUseCase;
import dev.parley.application.learning.port.out.AttemptRepository;
import dev.parley.application.learning.port.out.CompletionRepository;
import dev.parley.application.learning.port.out.CourseOutlineRepository;
import dev.parley.application.learning.port.out.ItemPlacement;
import dev.parley.application.learning.port.out.LearnerActivityRepository;
import dev.parley.application.learning.port.out.TrainingItemRepository;
import dev.parley.application.shared.port.out.IdGenerator;
import dev.parley.application.shared.port.out.Outbox;
import dev.parley.application.shared.port.out.Transactions;
import dev.parley.domain.learning.CourseStatus;
import dev.parley.domain.learning.Learner;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.TrainingItem;
import dev.parley.domain.learning.TrainingItemId;
import dev.parley.domain.learning.exercise.ItemAnswer;
import dev.parley.domain.learning.progress.Attempt;
import dev.parley.domain.learning.progress.AttemptId;
import dev.parley.domain.learning.progress.CefrEstimator;
import dev.parley.domain.learning.progress.CefrEstimator.LevelCount;
import dev.parley.domain.learning.progress.CompletedWork;
import dev.parley.domain.learning.progress.CompletionScope;
import dev.parley.domain.learning.progress.CourseProgress;
import dev.parley.domain.learning.progress.CourseProgress.Completions;
import dev.parley.domain.learning.progress.LocalPeriods;
import dev.parley.domain.learning.progress.ProgressEvents.CefrLevelChanged;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Grades a learner's answer and records it in one transaction: the attempt, the learner's totals, what it completed
 * (item, training, lesson, course), the achievements it unlocked and the CEFR levels it moved, with their events.
 */
public final class AttemptService implements AttemptUseCase {
    private final TrainingItemRepository items;
    private final CourseOutlineRepository outlines;
    private final AttemptRepository attempts;
    private final LearnerActivityRepository activity;
    private final CompletionRepository completions;
    private final Learners learners;
    private final AchievementUnlocking achievements;
    private final Transactions tx;
    private final Outbox outbox;
    private final IdGenerator ids;
    private final Clock clock;

    public AttemptService(LearningProgressPorts ports, TrainingItemRepository items, Transactions tx, Outbox outbox, IdGenerator ids,
                          Clock clock) {
        this.items = items;
        this.outlines = ports.outlines();
        this.attempts = ports.attempts();
        this.activity = ports.activity();
        this.completions = ports.completions();
        this.learners = new Learners(ports.learners());
        this.achievements = new AchievementUnlocking(ports);
        this.tx = tx;
        this.outbox = outbox;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public AttemptResult submit(OrganizationId org, LearnerId learnerId, TrainingItemId itemId, Object rawAnswer, long durationMs) {
        return tx.inTransaction(() -> {
            TrainingItem item = items.find(org, itemId).orElseThrow(() -> notFound(itemId));
            ItemPlacement placement = outlines.placement(org, itemId)
                    .filter(p -> p.courseStatus() == CourseStatus.PUBLISHED).orElseThrow(() -> notFound(itemId));
            ItemAnswer answer = ItemAnswer.parse(item.type(), rawAnswer);
            activity.lock(org, learnerId);
            Learner learner = learners.require(org, learnerId);
            Instant now = clock.instant();
            CompletionScope scope = outlines.scope(org, placement);
            CompletedWork done = completions.within(org, learnerId, scope);
            boolean firstTry = activity.item(org, learnerId, itemId).attempts() == 0;
            Attempt attempt = Attempt.grade(new AttemptId(ids.newLongId()), learnerId, item, answer, durationMs,
                    done.items().containsKey(itemId), now);
            List<LevelCount> levelsBefore = activity.skillLevels(org, learnerId);
            attempts.add(attempt);
            activity.record(attempt, LocalPeriods.of(now, learner.zone()));
            CourseProgress progress = CourseProgress.of(org, learnerId, scope,
                    completions.isEnrolled(org, learnerId, scope.course()), done);
            Completions completed = progress.answer(itemId, attempt.completedItem(), firstTry, now);
            completions.recordActivity(org, learnerId, scope.course(), now);
            completions.record(org, learnerId, scope, itemId, firstTry, completed, now);
            List<DomainEvent> events = new ArrayList<>(progress.pullEvents());
            events.addAll(achievements.unlock(learner, org));
            events.addAll(levelChanges(org, learnerId, levelsBefore, attempt));
            outbox.append(events);
            return new AttemptResult(attempt);
        });
    }

    private static List<DomainEvent> levelChanges(OrganizationId org, LearnerId learner, List<LevelCount> before, Attempt attempt) {
        LevelCount added = new LevelCount(attempt.skill(), attempt.cefrLevel(), 1, attempt.correct() ? 1 : 0);
        return CefrEstimator.fromCounts(before).changesTo(CefrEstimator.fromCounts(Stream.concat(before.stream(), Stream.of(added)).toList()))
                .stream()
                .<DomainEvent>map(change -> new CefrLevelChanged(org, learner, change.skill(), change.from(), change.to(), attempt.at()))
                .toList();
    }

    private static NotFound notFound(TrainingItemId item) {
        return new NotFound("training_item", item.value());
    }
}
