package dev.parley.domain.learning.progress;

import dev.parley.domain.shared.InvalidInput;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * What achievements are decided from: the learner's zone (for streak days), the instants they were active, their
 * lesson completions, the instant each item was completed (one per item), and their course completions.
 */
public record AchievementFacts(ZoneId zone, List<Instant> activity, List<LessonCompletion> lessons, List<Instant> itemCompletions,
                               List<Instant> courseCompletions) {
    public AchievementFacts {
        InvalidInput.required("zone", zone);
        activity = List.copyOf(InvalidInput.required("activity", activity));
        lessons = List.copyOf(InvalidInput.required("lessons", lessons));
        itemCompletions = List.copyOf(InvalidInput.required("item_completions", itemCompletions));
        courseCompletions = List.copyOf(InvalidInput.required("course_completions", courseCompletions));
    }

    /**
     * Facts from a learner's whole history: every attempt and lesson completion is activity, and an item is completed
     * at its first correct attempt ({@link ItemCompletions}).
     */
    public static AchievementFacts of(ZoneId zone, Collection<AttemptFact> attempts, List<LessonCompletion> lessons,
                                      List<Instant> courseCompletions) {
        List<Instant> activity = Stream.concat(attempts.stream().map(AttemptFact::at), lessons.stream().map(LessonCompletion::at))
                .toList();
        return new AchievementFacts(zone, activity, lessons, ItemCompletions.instants(attempts), courseCompletions);
    }

    /** A completed lesson; perfect when every item in it was answered correctly at the first attempt. */
    public record LessonCompletion(Instant at, boolean perfect) {
        public LessonCompletion {
            InvalidInput.required("completed_at", at);
        }
    }
}
