package dev.parley.application.learning.port.out;

/** A learner's XP over a period, and how many people of their organization earned more in it. */
public record XpStanding(long xp, long learnersAhead) {
    public XpStanding {
        if (xp < 0 || learnersAhead < 0) {
            throw new IllegalArgumentException("xp and learners ahead must not be negative: " + xp + ", " + learnersAhead);
        }
    }
}
