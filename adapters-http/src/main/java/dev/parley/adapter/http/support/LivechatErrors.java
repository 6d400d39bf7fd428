package dev.parley.adapter.http.support;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The live chat dialect: {@code {"code": "INVALID_REQUEST", "message": "..."}}; a message refused by moderation
 * is {@code MESSAGE_REJECTED} with its {@code reason} (and {@code seconds_left} for a cooldown).
 */
public final class LivechatErrors implements ErrorRenderer {
    static final String MESSAGE_REJECTED = "message.rejected";

    @Override
    public Rendered render(Problem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean rejected = problem.code().filter(MESSAGE_REJECTED::equals).isPresent();
        body.put("code", rejected ? "MESSAGE_REJECTED" : code(problem.kind()));
        body.put("message", problem.message());
        if (rejected) {
            body.putAll(problem.details());
        }
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
