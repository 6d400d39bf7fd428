package dev.parley.adapter.http.b2b;

import static dev.parley.adapter.http.b2b.B2bRequests.org;

import dev.parley.adapter.http.b2b.dto.DataEnvelope;
import dev.parley.adapter.http.support.Requires;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.learning.port.in.LearningStatsQueries;
import dev.parley.domain.identity.Ability;
import io.javalin.config.RoutesConfig;

/** Organization-wide learning statistics. */
public final class StatsRoutes {
    static final Requires STATS = new Requires(Ability.STATS_READ);

    private final LearningStatsQueries stats;
    private final StatsDtoMapper mapper = StatsDtoMapper.INSTANCE;

    public StatsRoutes(LearningStatsQueries stats) {
        this.stats = stats;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/stats", ctx -> Responses.json(ctx, 200, new DataEnvelope<>(mapper.toStats(stats.stats(org(ctx))))), STATS);
    }
}
