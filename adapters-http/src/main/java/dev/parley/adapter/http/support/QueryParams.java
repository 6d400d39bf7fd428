package dev.parley.adapter.http.support;

import dev.parley.domain.shared.InvalidInput;
import io.javalin.http.Context;
import java.util.Optional;

/** Reads query parameters strictly: a present but malformed value is refused naming the parameter. */
public final class QueryParams {
    private QueryParams() {
    }

    public static Optional<String> text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        return value == null ? Optional.empty() : Optional.of(value);
    }

    public static int positiveInt(Context ctx, String name, int fallback) {
        Optional<String> raw = text(ctx, name);
        if (raw.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.get().strip());
            if (value < 1) {
                throw new InvalidInput(name, "must be at least 1");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, "must be a positive integer");
        }
    }
}
