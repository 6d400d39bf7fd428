package dev.parley.domain.learning.exercise;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Written answers as graders compare them: NFKC (so full-width and half-width forms agree), lower case, every run
 * of Unicode white space folded to one space, and none at either end.
 */
public final class AnswerText {
    private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");

    private AnswerText() {
    }

    public static String fold(String text) {
        String lower = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String collapsed = WHITE_SPACE.matcher(Normalizer.normalize(lower, Normalizer.Form.NFKC)).replaceAll(" ");
        int start = collapsed.startsWith(" ") ? 1 : 0;
        int end = collapsed.endsWith(" ") ? collapsed.length() - 1 : collapsed.length();
        return start >= end ? "" : collapsed.substring(start, end);
    }

    public static boolean sameAnswer(String a, String b) {
        return fold(a).equals(fold(b));
    }
}
