package dev.parley.adapter.http.support;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Laravel's dialect: {@code {"message": "...", "errors": {"field": ["..."]}}}, with 422 for invalid input. */
public final class B2bErrors implements ErrorRenderer {
    /** Where a 422 about the body as a whole (malformed JSON, not an object) is filed in {@code errors}. */
    static final String BODY_FIELD = "body";

    @Override
    public Rendered render(Problem problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("message", message(problem));
        if (status(problem) == 422) {
            body.put("errors", Map.of(problem.field().orElse(BODY_FIELD), List.of(problem.message())));
        }
        return new Rendered(status(problem), body);
    }

    private static int status(Problem problem) {
        return problem.kind() == ProblemKind.INVALID && problem.status() == 400 ? 422 : problem.status();
    }

    private static String message(Problem problem) {
        return switch (problem.kind()) {
            case INVALID, UNAUTHENTICATED, CONFLICT, NOT_FOUND, FORBIDDEN, RATE_LIMITED, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE -> problem.message();
            case METHOD_NOT_ALLOWED -> "The method is not supported for this route.";
            case INTERNAL -> "Server Error";
            case UNAVAILABLE -> "Service Unavailable";
        };
    }
}
