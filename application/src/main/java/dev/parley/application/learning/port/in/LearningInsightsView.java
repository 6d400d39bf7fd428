package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.SkillRanking.Ranking;
import dev.parley.domain.learning.progress.WeekOverWeek;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A learner's insights: their skills ranked, their most-missed items, the lesson to take next if any, and the minutes of
 * this local week against last week's, in the zone they are counted in.
 */
public record LearningInsightsView(LearnerId learner, ZoneId zone, Ranking skills, List<MissedItemView> mostMissed,
                                   Optional<RecommendedLesson> nextLesson, WeekOverWeek minutes) {
    public LearningInsightsView {
        Objects.requireNonNull(learner, "learner");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(skills, "skills");
        mostMissed = List.copyOf(mostMissed);
        Objects.requireNonNull(nextLesson, "nextLesson");
        Objects.requireNonNull(minutes, "minutes");
    }
}
