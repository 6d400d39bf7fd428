package dev.parley.application.learning.port.in;

import java.util.Objects;

/**
 * An organization's learning in numbers, with the learners active in the last 7 and 30 days and the share of right
 * answers, rounded to 4 decimals (0 without attempts).
 */
public record LearningStatsView(LearningCounts counts, long activeLearners7d, long activeLearners30d, double accuracy) {
    public LearningStatsView {
        Objects.requireNonNull(counts, "counts");
    }
}
