package dev.parley.domain.learning.progress;

import java.util.Locale;

/** A badge a learner unlocks once, when its condition first holds (see {@link Achievements} for the rules). */
public enum Achievement {
    FIRST_LESSON,
    STREAK_7,
    STREAK_30,
    ITEMS_100,
    PERFECT_LESSON,
    FIRST_COURSE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
