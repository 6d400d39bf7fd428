package dev.parley.adapter.http.support;

import io.javalin.http.Context;

/** Writes JSON responses and remembers the body, so an idempotent request can be replayed byte for byte. */
public final class Responses {
    static final String BODY_KEY = "parley.responseBody";

    private Responses() {
    }

    public static void json(Context ctx, int status, Object body) {
        raw(ctx, status, Json.write(body));
    }

    static void raw(Context ctx, int status, String json) {
        ctx.status(status).contentType("application/json").result(json);
        ctx.attribute(BODY_KEY, json);
    }

    public static void noContent(Context ctx) {
        ctx.status(204);
        ctx.attribute(BODY_KEY, "");
    }
}
