package dev.parley.adapter.http.b2b;

import dev.parley.adapter.http.b2b.dto.DataEnvelope;
import dev.parley.adapter.http.support.CallerContext;
import dev.parley.adapter.http.support.Idempotency;
import dev.parley.adapter.http.support.JsonBody;
import dev.parley.adapter.http.support.QueryParams;
import dev.parley.adapter.http.support.Requires;
import dev.parley.adapter.http.support.Responses;
import dev.parley.application.export.port.in.ExportDownload;
import dev.parley.application.export.port.in.ExportRequest;
import dev.parley.application.export.port.in.ExportUseCase;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.export.ExportFilters;
import dev.parley.domain.export.ExportJobId;
import dev.parley.domain.export.ExportType;
import dev.parley.domain.identity.Ability;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Asynchronous CSV exports: {@code /api/integrations/exports}, their status and their files. */
public final class ExportRoutes {
    static final String PATH = "/api/integrations/exports";
    public static final int DEFAULT_PER_PAGE = 15;
    public static final int MAX_PER_PAGE = 100;
    private static final Requires MANAGE = new Requires(Ability.EXPORTS_MANAGE);

    private final ExportUseCase exports;
    private final Idempotency idempotency;

    public ExportRoutes(ExportUseCase exports, Idempotency idempotency) {
        this.exports = exports;
        this.idempotency = idempotency;
    }

    public void register(RoutesConfig routes) {
        routes.get(PATH, this::list, MANAGE);
        routes.post(PATH, idempotency.wrap(this::create), MANAGE);
        routes.get(PATH + "/{export}", this::show, MANAGE);
        routes.get(PATH + "/{export}/download", this::download, MANAGE);
    }

    private void list(Context ctx) {
        PageRequest page = PageRequest.of(QueryParams.positiveInt(ctx, "page", 1),
                QueryParams.positiveInt(ctx, "per_page", DEFAULT_PER_PAGE), MAX_PER_PAGE);
        var jobs = exports.list(CallerContext.caller(ctx).organizationId(), page).map(ExportDtoMapper::toExport);
        Responses.json(ctx, 200, LaravelPage.of(jobs, ctx.path(), ctx.queryParamMap()));
    }

    private void create(Context ctx) {
        JsonBody body = JsonBody.parse(ctx.body());
        ExportType type = ExportType.parse("type", body.requiredText("type"));
        ExportFilters filters = new ExportFilters(body.text("from").map(raw -> date("from", raw)),
                body.text("to").map(raw -> date("to", raw)), body.longInteger("course_id"));
        var view = exports.request(CallerContext.caller(ctx).organizationId(), new ExportRequest(type, filters));
        Responses.json(ctx, 202, new DataEnvelope<>(ExportDtoMapper.toExport(view)));
    }

    private void show(Context ctx) {
        Responses.json(ctx, 200, new DataEnvelope<>(ExportDtoMapper.toExport(exports.get(CallerContext.caller(ctx).organizationId(), id(ctx)))));
    }

    private void download(Context ctx) {
        switch (exports.download(CallerContext.caller(ctx).organizationId(), id(ctx))) {
            case ExportDownload.Available available -> ctx.status(200)
                    .contentType("text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"" + available.job().type().wireName() + "-"
                            + available.job().id().value() + ".csv\"")
                    .result(available.content());
            case ExportDownload.Expired expired -> Responses.json(ctx, 410, Map.of("message",
                    "Export " + expired.job().id().value() + " has expired; request a new one."));
        }
    }

    private static ExportJobId id(Context ctx) {
        String raw = ctx.pathParam("export");
        try {
            long id = Long.parseLong(raw);
            if (id > 0) {
                return new ExportJobId(id);
            }
        } catch (NumberFormatException ignored) {
            // not an id of ours
        }
        throw new NotFound("export", raw);
    }

    private static LocalDate date(String field, String raw) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "must be a date like 2024-01-31");
        }
    }
}
