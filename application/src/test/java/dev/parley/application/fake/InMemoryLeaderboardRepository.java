package dev.parley.application.fake;

import dev.parley.application.learning.port.out.LeaderboardRepository;
import dev.parley.application.learning.port.out.XpStanding;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.ActivityTotals;
import dev.parley.domain.learning.progress.Leaderboard;
import dev.parley.domain.learning.progress.LeaderboardPeriod;
import dev.parley.domain.shared.OrganizationId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/** Leaderboards read from the in-memory learners' week, month and overall totals, as the jOOQ adapter reads their tables. */
public final class InMemoryLeaderboardRepository implements LeaderboardRepository {
    private final InMemoryLearnerDirectory learners;
    private final InMemoryLearnerActivityRepository activity;

    public InMemoryLeaderboardRepository(InMemoryLearnerDirectory learners, InMemoryLearnerActivityRepository activity) {
        this.learners = learners;
        this.activity = activity;
    }

    @Override
    public List<Leaderboard.Entry> leaders(OrganizationId org, LeaderboardPeriod period, int limit) {
        List<Entry<LearnerId, Long>> earners = xp(org, period).entrySet().stream()
                .filter(earned -> earned.getValue() > 0)
                .sorted(Entry.<LearnerId, Long>comparingByValue(Comparator.reverseOrder()))
                .toList();
        long cut = earners.size() > limit ? earners.get(limit - 1).getValue() : 0;
        List<Entry<LearnerId, Long>> kept = earners.stream().filter(earned -> earned.getValue() >= cut).toList();
        Map<LearnerId, String> names = learners.displayNames(org, kept.stream().map(Entry::getKey).toList());
        return kept.stream().map(earned -> new Leaderboard.Entry(earned.getKey().value(), names.get(earned.getKey()), earned.getValue()))
                .toList();
    }

    @Override
    public XpStanding standing(OrganizationId org, LearnerId learner, LeaderboardPeriod period) {
        Map<LearnerId, Long> xp = xp(org, period);
        long own = xp.getOrDefault(learner, 0L);
        return new XpStanding(own, xp.values().stream().filter(other -> other > own).count());
    }

    private Map<LearnerId, Long> xp(OrganizationId org, LeaderboardPeriod period) {
        return activity.eachLearner(org, ledger -> switch (period.window()) {
            case WEEK -> ledger.weeks.getOrDefault(period.start().orElseThrow(), ActivityTotals.NONE).xp();
            case MONTH -> ledger.months.getOrDefault(period.start().orElseThrow(), ActivityTotals.NONE).xp();
            case ALL -> ledger.totals.xp();
        });
    }
}
