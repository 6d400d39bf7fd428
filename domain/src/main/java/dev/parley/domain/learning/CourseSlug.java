package dev.parley.domain.learning;

import dev.parley.domain.shared.InvalidInput;
import java.util.regex.Pattern;

/** A course's URL handle, unique within its organization: lower-case words of letters and digits joined by hyphens. */
public record CourseSlug(String value) {
    public static final int MAX_LENGTH = 100;
    private static final Pattern SHAPE = Pattern.compile("^[a-z0-9]+(?:-[a-z0-9]+)*$");

    public CourseSlug {
        InvalidInput.required("slug", value);
        if (value.length() > MAX_LENGTH) {
            throw new InvalidInput("slug", "must be at most " + MAX_LENGTH + " characters");
        }
        if (!SHAPE.matcher(value).matches()) {
            throw new InvalidInput("slug", "must be lower-case letters and digits in words joined by single hyphens");
        }
    }

    /** Whether {@code raw} has a slug's shape, without saying what is wrong with it. */
    public static boolean isValid(String raw) {
        return raw != null && raw.length() <= MAX_LENGTH && SHAPE.matcher(raw).matches();
    }
}
