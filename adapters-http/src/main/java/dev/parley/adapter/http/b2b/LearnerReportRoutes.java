package dev.parley.adapter.http.b2b;

import static dev.parley.adapter.http.b2b.B2bRequests.org;

import dev.parley.adapter.http.b2b.dto.DataEnvelope;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.learning.port.in.CefrReportQueries;
import dev.parley.application.learning.port.in.GamificationQueries;
import dev.parley.application.learning.port.in.HistoryRequest;
import dev.parley.application.learning.port.in.ProgressHistoryQueries;
import dev.parley.domain.learning.progress.Granularity;
import dev.parley.domain.learning.progress.HistoryRange;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Optional;

/** A learner's gamification numbers, progress history and CEFR report: their own, or with stats:read anyone's of the organization. */
public final class LearnerReportRoutes {
    private final GamificationQueries gamification;
    private final ProgressHistoryQueries history;
    private final CefrReportQueries cefr;
    private final LearnerReportDtoMapper mapper = LearnerReportDtoMapper.INSTANCE;

    public LearnerReportRoutes(GamificationQueries gamification, ProgressHistoryQueries history, CefrReportQueries cefr) {
        this.gamification = gamification;
        this.history = history;
        this.cefr = cefr;
    }

    public void register(RoutesConfig routes) {
        routes.get("/api/gamification/stats", ctx -> Responses.json(ctx, 200, new DataEnvelope<>(
                mapper.toStats(gamification.stats(org(ctx), LearnerTarget.subject(ctx))))), ProgressRoutes.READ);
        routes.get("/api/progress-history", this::history, ProgressRoutes.READ);
        routes.get("/api/cefr/report", ctx -> Responses.json(ctx, 200, new DataEnvelope<>(
                mapper.toCefrReport(cefr.report(org(ctx), LearnerTarget.subject(ctx))))), ProgressRoutes.READ);
    }

    private void history(Context ctx) {
        HistoryRequest request = new HistoryRequest(date(ctx, "from"), date(ctx, "to"),
                Optional.ofNullable(ctx.queryParam("granularity")).map(Granularity::parse).orElse(Granularity.DAY));
        Responses.json(ctx, 200, mapper.toHistory(history.history(org(ctx), LearnerTarget.subject(ctx), request)));
    }

    private static Optional<LocalDate> date(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(raw -> HistoryRange.date(name, raw));
    }
}
