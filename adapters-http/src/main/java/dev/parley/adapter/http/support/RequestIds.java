package dev.parley.adapter.http.support;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;

/** Gives every response an {@code X-Request-Id}: the caller's own if it is sane, a new one otherwise. */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final Pattern SANE = Pattern.compile("^[A-Za-z0-9._-]{1,128}$");

    private RequestIds() {
    }

    public static void assign(Context ctx) {
        String incoming = ctx.header(HEADER);
        String id = incoming != null && SANE.matcher(incoming).matches() ? incoming : UUID.randomUUID().toString();
        ctx.header(HEADER, id);
    }
}
