package dev.parley.adapter.http.b2b;

import static dev.parley.adapter.http.b2b.B2bRequests.org;

import dev.parley.adapter.http.b2b.dto.DataEnvelope;
import dev.parley.adapter.http.support.Requires;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.learning.port.in.LearningInsightsQueries;
import dev.parley.domain.identity.Ability;
import io.javalin.config.RoutesConfig;

/** A learner's insights: strongest and weakest skills, most-missed items, the next lesson, and this week's minutes against last week's. */
public final class InsightRoutes {
    static final Requires READ = new Requires(Ability.PROGRESS_READ);

    private final LearningInsightsQueries insights;
    private final InsightDtoMapper mapper = InsightDtoMapper.INSTANCE;

    public InsightRoutes(LearningInsightsQueries insights) {
        this.insights = insights;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/learning-insights", ctx -> Responses.json(ctx, 200, new DataEnvelope<>(
                mapper.toInsights(insights.insights(org(ctx), LearnerTarget.subject(ctx))))), READ);
    }
}
