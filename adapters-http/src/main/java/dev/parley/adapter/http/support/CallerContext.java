package dev.parley.adapter.http.support;

import dev.parley.application.identity.port.in.Caller;
import io.javalin.http.Context;

/** Where the authenticated caller of a request is kept for its handlers. */
public final class CallerContext {
    private static final String KEY = "parley.caller";

    private CallerContext() {
    }

    static void set(Context ctx, Caller caller) {
        ctx.attribute(KEY, caller);
    }

    public static Caller caller(Context ctx) {
        Caller caller = ctx.attribute(KEY);
        if (caller == null) {
            throw new IllegalStateException("route " + ctx.path() + " was registered without Requires");
        }
        return caller;
    }
}
