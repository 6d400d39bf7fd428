package dev.parley.adapter.http.b2b;

import dev.parley.adapter.http.support.CallerContext;
import dev.parley.adapter.http.support.JsonBody;
import dev.parley.adapter.http.support.QueryParams;
import dev.parley.application.shared.PageRequest;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.NotFound;
import dev.parley.domain.shared.OrganizationId;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Pattern;

/** What the b2b routes read from every request: the caller's organization, the page, and integer ids. */
final class B2bRequests {
    static final int DEFAULT_PER_PAGE = 15;
    static final int MAX_PER_PAGE = 100;
    private static final Pattern DIGITS = Pattern.compile("^[0-9]{1,18}$");

    private B2bRequests() {
    }

    static OrganizationId org(Context ctx) {
        return CallerContext.caller(ctx).organizationId();
    }

    /** {@code page} from 1 and {@code per_page} up to 100, 15 by default. */
    static PageRequest page(Context ctx) {
        return PageRequest.of(QueryParams.positiveInt(ctx, "page", 1), QueryParams.positiveInt(ctx, "per_page", DEFAULT_PER_PAGE),
                MAX_PER_PAGE);
    }

    /** The integer id in a path; anything else names no resource. */
    static long pathId(Context ctx, String param, String resource) {
        String raw = ctx.pathParam(param);
        return positive(raw).orElseThrow(() -> new NotFound(resource, raw));
    }

    /** An optional integer id in the query string. */
    static Optional<Long> queryId(Context ctx, String name) {
        return QueryParams.text(ctx, name).map(raw -> positive(raw.strip())
                .orElseThrow(() -> new InvalidInput(name, "must be a positive integer")));
    }

    /** An optional integer id in the body. */
    static Optional<Long> bodyId(JsonBody body, String field) {
        return body.longInteger(field).map(id -> {
            if (id <= 0) {
                throw new InvalidInput(field, "must be a positive integer");
            }
            return id;
        });
    }

    /** A positive integer written in decimal digits, if {@code raw} is one. */
    static Optional<Long> positive(String raw) {
        if (raw == null || !DIGITS.matcher(raw).matches()) {
            return Optional.empty();
        }
        long value = Long.parseLong(raw);
        return value > 0 ? Optional.of(value) : Optional.empty();
    }
}
