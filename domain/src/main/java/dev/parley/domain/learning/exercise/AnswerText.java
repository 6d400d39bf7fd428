package dev.parley.domain.learning.exercise;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Written answers as graders compare them: NFKC (so full-width and half-width forms agree), lower case, trimmed,
 * and every run of white space inside folded to one space.
 */
public final class AnswerText {
    private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");

    private AnswerText() {
    }

    public static String fold(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String normalized = Normalizer.normalize(lower, Normalizer.Form.NFKC);
        return WHITE_SPACE.matcher(normalized.strip()).replaceAll(" ");
    }

    public static boolean sameAnswer(String a, String b) {
        return fold(a).equals(fold(b));
    }
}
