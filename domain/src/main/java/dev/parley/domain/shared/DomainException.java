package dev.parley.domain.shared;

import java.util.Map;

/** A refused business rule with a closed kind and a stable machine-readable code. */
public abstract class DomainException extends RuntimeException {
    private final ErrorKind kind;
    private final String code;

    protected DomainException(ErrorKind kind, String code, String message) {
        super(message, null, false, false);
        this.kind = kind;
        this.code = code;
    }

    public final ErrorKind kind() {
        return kind;
    }

    public final String code() {
        return code;
    }

    /** Machine-readable facts a client may act on (e.g. seconds to wait); empty for most errors. */
    public Map<String, Object> details() {
        return Map.of();
    }
}
