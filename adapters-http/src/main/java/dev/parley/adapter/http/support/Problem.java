package dev.parley.adapter.http.support;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A failed request described independently of any surface: the HTTP status, a generic kind, a human message,
 * the offending field if there is one, the business rule's stable code and machine-readable details when a
 * domain rule refused it, and extra headers (such as {@code Retry-After}).
 */
public record Problem(int status, ProblemKind kind, String message, Optional<String> field, Optional<String> code,
                      Map<String, Object> details, Map<String, String> headers) {
    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        details = Map.copyOf(details);
        headers = Map.copyOf(headers);
    }

    public static Problem of(ProblemKind kind, String message) {
        return new Problem(kind.defaultStatus(), kind, message, Optional.empty(), Optional.empty(), Map.of(), Map.of());
    }

    public Problem withField(String newField) {
        return new Problem(status, kind, message, Optional.of(newField), code, details, headers);
    }

    public Problem withCode(String newCode, Map<String, Object> newDetails) {
        return new Problem(status, kind, message, field, Optional.of(newCode), newDetails, headers);
    }

    public Problem withHeaders(Map<String, String> extra) {
        return new Problem(status, kind, message, field, code, details, extra);
    }

    public Problem withStatus(int newStatus) {
        return new Problem(newStatus, kind, message, field, code, details, headers);
    }
}
