package dev.parley.domain.identity;

import dev.parley.domain.shared.InvalidInput;
import java.util.regex.Pattern;

/** The short, URL-safe handle of an organization, unique across Parley. */
public record OrganizationSlug(String value) {
    private static final Pattern SHAPE = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$");

    public OrganizationSlug {
        InvalidInput.required("slug", value);
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidInput("slug", "must be 1-64 lowercase letters, digits or inner hyphens");
        }
    }

    /** Whether {@code raw} has a slug's shape, without saying what is wrong with it. */
    public static boolean isValid(String raw) {
        return raw != null && SHAPE.matcher(raw).matches();
    }
}
