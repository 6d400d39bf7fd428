package dev.parley.adapter.http.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** The helpdesk dialect: {@code {"error": {"code": "bad_request", "message": "...", "field": "..."}}}. */
public final class HelpdeskErrors implements ErrorRenderer {
    @Override
    public Rendered render(Problem problem) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code(problem.kind()));
        error.put("message", problem.message());
        problem.field().ifPresent(field -> error.put("field", field));
        return new Rendered(problem.status(), Map.of("error", error));
    }

    private static String code(ProblemKind kind) {
        return switch (kind) {
            case INVALID -> "bad_request";
            case UNAUTHENTICATED -> "unauthorized";
            case FORBIDDEN -> "forbidden";
            case NOT_FOUND -> "not_found";
            case METHOD_NOT_ALLOWED -> "method_not_allowed";
            case CONFLICT -> "conflict";
            case PAYLOAD_TOO_LARGE -> "payload_too_large";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported_media_type";
            case RATE_LIMITED -> "rate_limited";
            case INTERNAL -> "internal_error";
            case UNAVAILABLE -> "service_unavailable";
        };
    }
}
