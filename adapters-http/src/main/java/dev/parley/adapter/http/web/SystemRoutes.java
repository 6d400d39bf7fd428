package dev.parley.adapter.http.web;

import dev.parley.adapter.http.support.HttpFailure;
import dev.parley.adapter.http.support.ProblemKind;
import dev.parley.adapter.http.support.Responses;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;

/** Liveness, readiness, metrics, the OpenAPI documents and the docs page. */
public final class SystemRoutes {
    private static final Set<String> SURFACES = Set.of("helpdesk", "b2b", "livechat");

    private final BooleanSupplier databaseReachable;
    private final HttpMetrics metrics;

    public SystemRoutes(BooleanSupplier databaseReachable, HttpMetrics metrics) {
        this.databaseReachable = databaseReachable;
        this.metrics = metrics;
    }

    public void register(RoutesConfig routes) {
        routes.get("/health", ctx -> Responses.json(ctx, 200, Map.of("status", "ok")));
        routes.get("/ready", this::ready);
        routes.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4").result(metrics.scrape()));
        routes.get("/openapi/{document}", this::openApi);
        routes.get("/docs", this::docs);
    }

    private void ready(Context ctx) {
        if (!databaseReachable.getAsBoolean()) {
            throw HttpFailure.of(ProblemKind.UNAVAILABLE, "database unreachable");
        }
        Responses.json(ctx, 200, Map.of("status", "ready"));
    }

    private void openApi(Context ctx) {
        String document = ctx.pathParam("document");
        String surface = document.endsWith(".json") ? document.substring(0, document.length() - ".json".length()) : "";
        if (!SURFACES.contains(surface)) {
            throw HttpFailure.of(ProblemKind.NOT_FOUND, "No OpenAPI document named " + document);
        }
        ctx.contentType("application/json").result(resource("openapi/" + surface + ".json"));
    }

    private void docs(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Parley API documents</title></head>
                <body><h1>Parley API documents</h1><ul>
                <li><a href="/openapi/helpdesk.json">Helpdesk tickets API (/v1/tickets)</a></li>
                <li><a href="/openapi/b2b.json">Learning platform B2B API: auth and tokens (/api)</a></li>
                <li><a href="/openapi/livechat.json">Live chat rooms and polls API (/v1/rooms)</a></li>
                </ul></body></html>
                """);
    }

    private static String resource(String name) {
        try (InputStream in = SystemRoutes.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw HttpFailure.of(ProblemKind.NOT_FOUND, "No OpenAPI document " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
