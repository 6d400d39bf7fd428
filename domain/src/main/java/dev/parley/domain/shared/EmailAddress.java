package dev.parley.domain.shared;

import java.util.Locale;
import java.util.regex.Pattern;

/** A syntactically plausible e-mail address, kept as given but compared case-insensitively by its lower form. */
public record EmailAddress(String value) {
    private static final Pattern SHAPE = Pattern.compile("^[^\\s@]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");
    private static final int MAX_LENGTH = 254;

    public EmailAddress {
        InvalidInput.required("email", value);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidInput("email", "is not a valid e-mail address");
        }
    }

    public static EmailAddress of(String field, String raw) {
        try {
            return new EmailAddress(raw == null ? null : raw.strip());
        } catch (InvalidInput e) {
            throw new InvalidInput(field, e.reason());
        }
    }

    public String normalized() {
        return value.toLowerCase(Locale.ROOT);
    }
}
