package dev.parley.domain.livechat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Text folded for matching (NFKC, then lower case), one normalization segment at a time (a character with the
 * marks and characters that compose with it, such as a half-width kana and its voiced mark) so every folded
 * character still knows which span of the original text it came from. Full-width and half-width forms, and upper
 * and lower case, fold to the same characters.
 */
public final class FoldedText {
    private final String original;
    private final String folded;
    private final int[] originStart;
    private final int[] originEnd;

    private FoldedText(String original, String folded, int[] originStart, int[] originEnd) {
        this.original = original;
        this.folded = folded;
        this.originStart = originStart;
        this.originEnd = originEnd;
    }

    public static FoldedText of(String original) {
        StringBuilder folded = new StringBuilder(original.length());
        int[] starts = new int[original.length() * 4 + 4];
        int[] ends = new int[starts.length];
        int count = 0;
        for (int i = 0; i < original.length(); ) {
            int next = i + Character.charCount(original.codePointAt(i));
            String piece = fold(original.substring(i, next));
            while (next < original.length()) {
                int after = next + Character.charCount(original.codePointAt(next));
                String alone = fold(original.substring(next, after));
                String joined = fold(original.substring(i, after));
                if (!startsWithMark(alone) && joined.equals(piece + alone)) {
                    break;
                }
                piece = joined;
                next = after;
            }
            for (int k = 0; k < piece.length(); k++) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                    ends = Arrays.copyOf(ends, count * 2);
                }
                starts[count] = i;
                ends[count] = next;
                count++;
            }
            folded.append(piece);
            i = next;
        }
        return new FoldedText(original, folded.toString(), Arrays.copyOf(starts, count), Arrays.copyOf(ends, count));
    }

    /** Whether folded text begins with a combining mark, which NFKC may compose with the character before it. */
    private static boolean startsWithMark(String folded) {
        if (folded.isEmpty()) {
            return false;
        }
        int type = Character.getType(folded.codePointAt(0));
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    /** Folds a whole string the same way, for the words being looked for. */
    public static String foldWord(String word) {
        return of(word).folded;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    public String folded() {
        return folded;
    }

    public String original() {
        return original;
    }

    /** The start, in the original text, of the character at {@code foldedIndex}. */
    public int originStart(int foldedIndex) {
        return originStart[foldedIndex];
    }

    /** The end (exclusive), in the original text, of the character at {@code foldedIndex}. */
    public int originEnd(int foldedIndex) {
        return originEnd[foldedIndex];
    }
}
