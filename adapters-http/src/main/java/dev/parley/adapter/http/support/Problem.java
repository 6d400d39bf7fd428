package dev.parley.adapter.http.support;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A failed request described independently of any surface: the HTTP status, a generic kind, a human message,
 * the offending field if there is one, and extra headers (such as {@code Retry-After}).
 */
public record Problem(int status, ProblemKind kind, String message, Optional<String> field, Map<String, String> headers) {
    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(field, "field");
        headers = Map.copyOf(headers);
    }

    public static Problem of(ProblemKind kind, String message) {
        return new Problem(kind.defaultStatus(), kind, message, Optional.empty(), Map.of());
    }

    public Problem withField(String field) {
        return new Problem(status, kind, message, Optional.of(field), headers);
    }

    public Problem withHeaders(Map<String, String> extra) {
        return new Problem(status, kind, message, field, extra);
    }

    public Problem withStatus(int newStatus) {
        return new Problem(newStatus, kind, message, field, headers);
    }
}
