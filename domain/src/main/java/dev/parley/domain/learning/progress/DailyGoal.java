package dev.parley.domain.learning.progress;

import dev.parley.domain.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;

/**
 * A learner's daily XP target ({@value #DEFAULT_XP} unless they chose another, 1..{@value #MAX_XP}) and their progress
 * towards it on their current local day, from local midnight to local midnight in their zone.
 */
public record DailyGoal(int targetXp) {
    public static final int DEFAULT_XP = 50;
    public static final int MAX_XP = 10_000;

    public DailyGoal {
        if (targetXp < 1 || targetXp > MAX_XP) {
            throw new InvalidInput("daily_goal_xp", "must be 1-" + MAX_XP);
        }
    }

    public static DailyGoal standard() {
        return new DailyGoal(DEFAULT_XP);
    }

    /** Sums the XP of every attempt on the local day holding {@code now}, whatever its time within that day. */
    public Progress progress(Collection<AttemptFact> facts, ZoneId zone, Instant now) {
        InvalidInput.required("zone", zone);
        LocalDate today = now.atZone(zone).toLocalDate();
        long earned = facts.stream().filter(f -> f.at().atZone(zone).toLocalDate().equals(today))
                .mapToLong(AttemptFact::xpAwarded).sum();
        return progressOn(today, earned);
    }

    /** The progress on local day {@code day} when {@code earnedXp} was earned on it (summed already, e.g. per local day). */
    public Progress progressOn(LocalDate day, long earnedXp) {
        InvalidInput.required("day", day);
        if (earnedXp < 0) {
            throw new InvalidInput("xp", "must not be negative");
        }
        return new Progress(day, earnedXp, targetXp);
    }

    /** XP earned on one local day against the target. */
    public record Progress(LocalDate day, long earnedXp, int targetXp) {
        public boolean met() {
            return earnedXp >= targetXp;
        }

        /** The XP still missing; zero once the goal is met. */
        public long remainingXp() {
            return Math.max(0, targetXp - earnedXp);
        }

        /** Earned over target, capped at 1. */
        public double fraction() {
            return Math.min(1.0, (double) earnedXp / targetXp);
        }
    }
}
