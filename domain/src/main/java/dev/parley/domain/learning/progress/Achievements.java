package dev.parley.domain.learning.progress;

import dev.parley.domain.learning.progress.AchievementFacts.LessonCompletion;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which achievements a learner has unlocked and the instant each condition first held: {@code first_lesson} at the
 * first lesson completion, {@code perfect_lesson} at the first perfect one, {@code first_course} at the first course
 * completion, {@code items_100} at the hundredth item completion, and {@code streak_7}/{@code streak_30} at the first
 * activity of the day that first completed that many consecutive local days. Each condition, once true, stays true, so
 * every achievement unlocks at most once and facts after its instant never move it.
 */
public final class Achievements {
    public static final int ITEMS_GOAL = 100;

    private Achievements() {
    }

    /** The unlocked achievements, earliest first (ties in declaration order). */
    public static List<Unlock> unlocked(AchievementFacts facts) {
        return Arrays.stream(Achievement.values())
                .flatMap(achievement -> unlockedAt(achievement, facts).map(at -> new Unlock(achievement, at)).stream())
                .sorted(Comparator.comparing(Unlock::at).thenComparing(Unlock::achievement))
                .toList();
    }

    /** When {@code achievement} was unlocked; empty if it is not (yet). */
    public static Optional<Instant> unlockedAt(Achievement achievement, AchievementFacts facts) {
        return switch (achievement) {
            case FIRST_LESSON -> facts.lessons().stream().map(LessonCompletion::at).min(Comparator.naturalOrder());
            case PERFECT_LESSON -> facts.lessons().stream().filter(LessonCompletion::perfect)
                    .map(LessonCompletion::at).min(Comparator.naturalOrder());
            case FIRST_COURSE -> facts.courseCompletions().stream().min(Comparator.naturalOrder());
            case ITEMS_100 -> facts.itemCompletions().stream().sorted().skip(ITEMS_GOAL - 1L).findFirst();
            case STREAK_7 -> Streaks.firstReached(facts.activity(), facts.zone(), 7);
            case STREAK_30 -> Streaks.firstReached(facts.activity(), facts.zone(), 30);
        };
    }

    /** An achievement and the instant it was unlocked. */
    public record Unlock(Achievement achievement, Instant at) {
    }
}
