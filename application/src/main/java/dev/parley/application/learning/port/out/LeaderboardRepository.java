package dev.parley.application.learning.port.out;

import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.Leaderboard;
import dev.parley.domain.learning.progress.LeaderboardPeriod;
import dev.parley.domain.shared.OrganizationId;
import java.util.List;

/**
 * The XP people of an organization earned in a leaderboard's period: the week or month totals dated by the period's
 * start (each learner's own local week or month), or their overall totals for all time.
 */
public interface LeaderboardRepository {
    /**
     * The people with more than 0 XP in the period, with their display names: the {@code limit} with the most XP, and
     * every other one with as much XP as the last of those, so that the leaderboard can order the ties at the cut itself.
     */
    List<Leaderboard.Entry> leaders(OrganizationId org, LeaderboardPeriod period, int limit);

    /** The learner's XP in the period, 0 without any, and how many people of the organization earned more. */
    XpStanding standing(OrganizationId org, LearnerId learner, LeaderboardPeriod period);
}
