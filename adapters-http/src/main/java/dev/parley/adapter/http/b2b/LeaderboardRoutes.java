package dev.parley.adapter.http.b2b;

import static dev.parley.adapter.http.b2b.B2bRequests.org;

import dev.parley.adapter.http.support.CallerContext;
import dev.parley.adapter.http.support.QueryParams;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.learning.port.in.LeaderboardQueries;
import dev.parley.domain.identity.UserId;
import dev.parley.domain.learning.LearnerId;
import dev.parley.domain.learning.progress.LeaderboardWindow;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;

/** The organization's people ranked by the XP they earned this week, this month or ever, as the caller's calendar counts. */
public final class LeaderboardRoutes {
    static final int DEFAULT_LIMIT = 10;

    private final LeaderboardQueries leaderboards;
    private final LeaderboardDtoMapper mapper = LeaderboardDtoMapper.INSTANCE;

    public LeaderboardRoutes(LeaderboardQueries leaderboards) {
        this.leaderboards = leaderboards;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/gamification/leaderboard", this::leaderboard, ProgressRoutes.READ);
    }

    private void leaderboard(Context ctx) {
        LeaderboardWindow window = QueryParams.text(ctx, "period").map(LeaderboardWindow::parse).orElse(LeaderboardWindow.WEEK);
        int limit = QueryParams.positiveInt(ctx, "limit", DEFAULT_LIMIT);
        Optional<LearnerId> viewer = CallerContext.caller(ctx).userId().map(UserId::value).map(LearnerId::new);
        Responses.json(ctx, 200, mapper.toLeaderboard(leaderboards.leaderboard(org(ctx), viewer, window, limit)));
    }
}
