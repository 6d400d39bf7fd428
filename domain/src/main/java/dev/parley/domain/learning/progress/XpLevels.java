package dev.parley.domain.learning.progress;

import dev.parley.domain.shared.InvalidInput;

/**
 * Levels from total XP on a triangular curve: level n starts at 50·n·(n−1) XP (level 1 at 0, then 100, 300, 600,
 * 1000, …), so going from level n to n+1 takes 100·n XP; at the default daily goal of 50 XP, level 2 takes two days
 * and level 10 (4,500 XP) about three months. Total XP is 0..{@value #MAX_XP}.
 */
public final class XpLevels {
    public static final long MAX_XP = 1_000_000_000_000L;
    private static final long STEP = 50;
    /** The level reached at {@link #MAX_XP}. */
    public static final int MAX_LEVEL = levelFor(MAX_XP);

    private XpLevels() {
    }

    /** The level reached with {@code totalXp}: the highest n with 50·n·(n−1) ≤ totalXp. */
    public static int levelFor(long totalXp) {
        requireXp(totalXp);
        int level = (int) Math.floor((1 + Math.sqrt(1 + 4.0 * totalXp / STEP)) / 2);
        while (start(level + 1) <= totalXp) {
            level++;
        }
        while (start(level) > totalXp) {
            level--;
        }
        return level;
    }

    /** The total XP at which {@code level} starts; level is 1..{@link #MAX_LEVEL} + 1 so the top level has a next. */
    public static long xpForLevel(int level) {
        if (level < 1 || level > MAX_LEVEL + 1) {
            throw new InvalidInput("level", "must be 1-" + (MAX_LEVEL + 1));
        }
        return start(level);
    }

    /** The level for {@code totalXp} and how far it is towards the next. */
    public static XpProgress progress(long totalXp) {
        int level = levelFor(totalXp);
        return new XpProgress(totalXp, level, start(level), start(level + 1));
    }

    private static long start(long level) {
        return STEP * level * (level - 1);
    }

    private static void requireXp(long totalXp) {
        if (totalXp < 0 || totalXp > MAX_XP) {
            throw new InvalidInput("xp", "must be 0-" + MAX_XP);
        }
    }

    /** A level with the total XP where it starts and where the next one starts. */
    public record XpProgress(long totalXp, int level, long levelStartXp, long nextLevelXp) {
        /** The XP still needed to reach the next level; always at least 1. */
        public long xpForNextLevel() {
            return nextLevelXp - totalXp;
        }

        /** The share of this level's span already earned, 0 (inclusive) to 1 (exclusive). */
        public double progress() {
            return (double) (totalXp - levelStartXp) / (nextLevelXp - levelStartXp);
        }
    }
}
