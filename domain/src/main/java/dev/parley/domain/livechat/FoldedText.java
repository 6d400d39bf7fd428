package dev.parley.domain.livechat;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * Text folded for matching (NFKC, then lower case), one code point at a time so every folded character still
 * knows which span of the original text it came from. Full-width and half-width forms, and upper and lower case,
 * fold to the same characters.
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
            int codePoint = original.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            String piece = fold(new String(Character.toChars(codePoint)));
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
