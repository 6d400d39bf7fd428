package dev.parley.application.learning;

import dev.parley.application.learning.port.in.LeaderboardQueries;
import dev.parley.application.learning.port.in.LeaderboardView;
import dev.parley.application.learning.port.in.LeaderboardView.Place;
import dev.parley.application.learning.port.in.LeaderboardView.Row;
import dev.parley.application.learning.port.out.LeaderboardRepository;
import dev.parley.application.learning.port.out.XpStanding;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.Leaderboard;
import dev.parley.domain.learning.progress.LeaderboardPeriod;
import dev.parley.domain.learning.progress.LeaderboardWindow;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.TimeZoneName;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Ranks the people of an organization by the XP they earned in the week, month or all time of the viewer's local
 * calendar; the domain's leaderboard orders and ranks the rows the repository finds, ties at the cut included.
 */
public final class LeaderboardService implements LeaderboardQueries {
    private static final ZoneId WITHOUT_VIEWER = TimeZoneName.UTC.zone();

    private final Learners learners;
    private final LeaderboardRepository leaderboards;
    private final Clock clock;

    public LeaderboardService(LearningProgressPorts ports, LeaderboardRepository leaderboards, Clock clock) {
        this.learners = new Learners(ports.learners());
        this.leaderboards = leaderboards;
        this.clock = clock;
    }

    @Override
    public LeaderboardView leaderboard(OrganizationId org, Optional<LearnerId> viewer, LeaderboardWindow window, int limit) {
        InvalidInput.required("period", window);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInput("limit", "must be between 1 and " + MAX_LIMIT);
        }
        ZoneId zone = viewer.map(id -> learners.require(org, id).zone()).orElse(WITHOUT_VIEWER);
        LeaderboardPeriod period = LeaderboardPeriod.holding(window, clock.instant().atZone(zone).toLocalDate());
        List<Row> rows = Leaderboard.rank(leaderboards.leaders(org, period, limit)).stream()
                .limit(limit)
                .map(ranked -> new Row(ranked.rank(), ranked.displayName(), ranked.xp(), isViewer(viewer, ranked)))
                .toList();
        Optional<Place> place = viewer.map(id -> place(leaderboards.standing(org, id, period)));
        return new LeaderboardView(period, zone, limit, rows, place);
    }

    private static boolean isViewer(Optional<LearnerId> viewer, Leaderboard.Ranked ranked) {
        return viewer.filter(id -> id.value() == ranked.learnerId()).isPresent();
    }

    private static Place place(XpStanding standing) {
        Optional<Integer> rank = standing.xp() > 0 ? Optional.of(Leaderboard.rankBehind(standing.learnersAhead())) : Optional.empty();
        return new Place(rank, standing.xp());
    }
}
