package dev.parley.application.learning;

import dev.parley.application.learning.port.out.AchievementRepository;
import dev.parley.application.learning.port.out.CompletionRepository;
import dev.parley.application.learning.port.out.LearnerActivityRepository;
import dev.parley.domain.learning.Learner;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.Achievement;
import dev.parley.domain.learning.progress.AchievementFacts;
import dev.parley.domain.learning.progress.Achievements;
import dev.parley.domain.learning.progress.ProgressEvents.AchievementUnlocked;
import dev.parley.domain.shared.DomainEvent;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Unlocks the achievements whose conditions now hold, from the learner's stored totals: the first activity of each
 * active day (for streaks), lesson and course completions, and the earliest hundred item completions.
 */
final class AchievementUnlocking {
    private final AchievementRepository achievements;
    private final LearnerActivityRepository activity;
    private final CompletionRepository completions;

    AchievementUnlocking(LearningProgressPorts ports) {
        this.achievements = ports.achievements();
        this.activity = ports.activity();
        this.completions = ports.completions();
    }

    /** Stores each achievement unlocked since the last call and returns its event. */
    List<DomainEvent> unlock(Learner learner, OrganizationId org) {
        LearnerId id = learner.id();
        Map<Achievement, Instant> unlocked = achievements.unlocked(org, id);
        if (unlocked.size() == Achievement.values().length) {
            return List.of();
        }
        AchievementFacts facts = new AchievementFacts(learner.zone(), activity.firstActivityOfEachDay(org, id),
                completions.lessonCompletions(org, id), completions.earliestItemCompletions(org, id, Achievements.ITEMS_GOAL),
                completions.courseCompletions(org, id));
        return Achievements.unlocked(facts).stream()
                .filter(unlock -> !unlocked.containsKey(unlock.achievement()))
                .<DomainEvent>map(unlock -> {
                    achievements.unlock(org, id, unlock);
                    return new AchievementUnlocked(org, id, unlock.achievement(), unlock.at());
                })
                .toList();
    }
}
