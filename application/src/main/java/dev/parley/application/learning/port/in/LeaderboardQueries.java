package dev.parley.application.learning.port.in;

import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.LeaderboardWindow;
import dev.parley.domain.shared.OrganizationId;
import java.util.Optional;

/** The people of an organization ranked by the XP they earned this week, this month or ever. */
public interface LeaderboardQueries {
    int MAX_LIMIT = 100;

    /**
     * The top {@code limit} (1-100) people with XP in the window, counted in the viewer's local calendar (UTC without a
     * viewer), with the viewer's own place; a viewer of another organization is not found.
     */
    LeaderboardView leaderboard(OrganizationId org, Optional<LearnerId> viewer, LeaderboardWindow window, int limit);
}
