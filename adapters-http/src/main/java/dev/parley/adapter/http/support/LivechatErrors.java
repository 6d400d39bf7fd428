package dev.parley.adapter.http.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** The live chat dialect: {@code {"code": "INVALID_REQUEST", "message": "..."}}. */
public final class LivechatErrors implements ErrorRenderer {
    @Override
    public Rendered render(Problem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code(problem.kind()));
        body.put("message", problem.message());
        return new Rendered(problem.status(), body);
    }

    private static String code(ProblemKind kind) {
        return switch (kind) {
            case INVALID, UNSUPPORTED_MEDIA_TYPE -> "INVALID_REQUEST";
            case UNAUTHENTICATED -> "REQUEST_UNAUTHORIZED";
            case FORBIDDEN -> "FORBIDDEN";
            case NOT_FOUND -> "NOT_FOUND";
            case METHOD_NOT_ALLOWED -> "METHOD_NOT_ALLOWED";
            case CONFLICT -> "CONFLICT";
            case PAYLOAD_TOO_LARGE -> "PAYLOAD_TOO_LARGE";
            case RATE_LIMITED -> "TOO_MANY_REQUESTS";
            case INTERNAL -> "INTERNAL_ERROR";
            case UNAVAILABLE -> "SERVICE_UNAVAILABLE";
        };
    }
}
