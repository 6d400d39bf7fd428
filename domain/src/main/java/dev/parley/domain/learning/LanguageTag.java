package dev.parley.domain.learning;

import dev.parley.domain.shared.InvalidInput;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A BCP 47 language tag such as {@code en}, {@code ja} or {@code pt-BR}, checked for its shape and kept in the
 * conventional case: language lower case, a four-letter script title case, a two-letter region upper case.
 */
public record LanguageTag(String value) {
    public static final int MAX_LENGTH = 35;
    private static final Pattern SHAPE = Pattern.compile("^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$");

    public LanguageTag {
        InvalidInput.required("language", value);
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidInput("language", "must be a BCP 47 language tag such as en, ja or pt-BR");
        }
        value = canonicalCase(value);
    }

    /** Parses a tag, naming {@code field} when it is refused. */
    public static LanguageTag of(String field, String raw) {
        try {
            return new LanguageTag(raw);
        } catch (InvalidInput e) {
            throw new InvalidInput(field, e.reason());
        }
    }

    private static String canonicalCase(String tag) {
        String[] subtags = tag.split("-");
        StringBuilder canonical = new StringBuilder(subtags[0].toLowerCase(Locale.ROOT));
        for (int i = 1; i < subtags.length; i++) {
            canonical.append('-').append(subtagCase(subtags[i]));
        }
        return canonical.toString();
    }

    private static String subtagCase(String subtag) {
        boolean letters = subtag.chars().allMatch(Character::isLetter);
        if (letters && subtag.length() == 2) {
            return subtag.toUpperCase(Locale.ROOT);
        }
        if (letters && subtag.length() == 4) {
            return subtag.substring(0, 1).toUpperCase(Locale.ROOT) + subtag.substring(1).toLowerCase(Locale.ROOT);
        }
        return subtag.toLowerCase(Locale.ROOT);
    }
}
