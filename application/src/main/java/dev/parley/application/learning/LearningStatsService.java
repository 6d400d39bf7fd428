package dev.parley.application.learning;

import dev.parley.application.learning.port.in.LearningCounts;
import dev.parley.application.learning.port.in.LearningStatsQueries;
import dev.parley.application.learning.port.in.LearningStatsView;
import dev.parley.application.learning.port.out.LearningStatsRepository;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.Share;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** An organization's learning in numbers, with the learners active in the last 7 and 30 days (rolling, from now). */
public final class LearningStatsService implements LearningStatsQueries {
    static final Duration RECENTLY = Duration.ofDays(7);
    static final Duration LATELY = Duration.ofDays(30);

    private final LearningStatsRepository stats;
    private final Clock clock;

    public LearningStatsService(LearningStatsRepository stats, Clock clock) {
        this.stats = stats;
        this.clock = clock;
    }

    @Override
    public LearningStatsView stats(OrganizationId org) {
        Instant now = clock.instant();
        LearningCounts counts = stats.counts(org);
        return new LearningStatsView(counts, stats.activeLearners(org, now.minus(RECENTLY)), stats.activeLearners(org, now.minus(LATELY)),
                accuracy(counts));
    }

    /** Right answers as a share of all attempts, rounded half up to 4 decimals; 0 without attempts. */
    static double accuracy(LearningCounts counts) {
        return Share.of(counts.correctAttempts(), counts.attempts());
    }
}
