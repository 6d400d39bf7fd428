package dev.parley.domain.identity;

import dev.parley.domain.shared.InvalidInput;

/** A clear-text password on its way to being hashed or checked; never stored, never printed. */
public record Password(String value) {
    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 256;

    public Password {
        InvalidInput.required("password", value);
        if (value.length() < MIN_LENGTH || value.length() > MAX_LENGTH) {
            throw new InvalidInput("password", "must be " + MIN_LENGTH + "-" + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return "Password[redacted]";
    }
}
