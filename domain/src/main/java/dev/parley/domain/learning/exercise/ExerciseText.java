package dev.parley.domain.learning.exercise;

import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.Text;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Checks shared by the texts of exercises: single texts, and lists of a bounded size. */
final class ExerciseText {
    static final int MAX_PROMPT = 2000;
    static final int MAX_OPTION = 500;
    static final int MAX_ANSWER = 2000;

    private ExerciseText() {
    }

    /** The stripped texts, between {@code min} and {@code max} of them, each non-blank and at most {@code maxChars}. */
    static List<String> list(String field, List<String> values, int min, int max, int maxChars) {
        InvalidInput.required(field, values);
        if (values.size() < min || values.size() > max) {
            throw new InvalidInput(field, "must have between " + min + " and " + max + " items");
        }
        return values.stream().map(value -> Text.requireLine(field, value, maxChars)).toList();
    }

    /** Like {@link #list}, refusing the same text twice. */
    static List<String> distinct(String field, List<String> values, int min, int max, int maxChars) {
        List<String> texts = list(field, values, min, max, maxChars);
        Set<String> seen = new HashSet<>();
        for (String text : texts) {
            if (!seen.add(text)) {
                throw new InvalidInput(field, "must not contain the same text twice: " + text);
            }
        }
        return texts;
    }

    /** An index into a list of {@code size} items. */
    static int index(String field, Integer value, int size) {
        InvalidInput.required(field, value);
        if (value < 0 || value >= size) {
            throw new InvalidInput(field, "must be between 0 and " + (size - 1));
        }
        return value;
    }
}
