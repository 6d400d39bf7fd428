package dev.parley.domain.shared;

import java.nio.charset.StandardCharsets;

/** Checks shared by free-text value objects: presence, blankness and size limits. */
public final class Text {
    private Text() {
    }

    /** Returns the stripped text, refusing null, blank, or more than {@code maxChars} characters. */
    public static String requireLine(String field, String value, int maxChars) {
        InvalidInput.required(field, value);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new InvalidInput(field, "must not be empty");
        }
        if (stripped.codePointCount(0, stripped.length()) > maxChars) {
            throw new InvalidInput(field, "must be at most " + maxChars + " characters");
        }
        return stripped;
    }

    /** Returns the text as given, refusing null, blank, or more than {@code maxBytes} bytes of UTF-8. */
    public static String requireBody(String field, String value, int maxBytes) {
        InvalidInput.required(field, value);
        if (value.isBlank()) {
            throw new InvalidInput(field, "must not be empty");
        }
        if (value.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new InvalidInput(field, "must be at most " + maxBytes + " bytes");
        }
        return value;
    }
}
