package dev.parley.domain.shared;

/** A value that breaks a validation rule; names the offending field so every surface can point at it. */
public final class InvalidInput extends DomainException {
    private final String field;

    public InvalidInput(String field, String reason) {
        super(ErrorKind.INVALID, "invalid." + field, field + " " + reason);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return getMessage().substring(field.length() + 1);
    }

    /** Throws when {@code value} is null; returns it otherwise. */
    public static <T> T required(String field, T value) {
        if (value == null) {
            throw new InvalidInput(field, "is required");
        }
        return value;
    }
}
