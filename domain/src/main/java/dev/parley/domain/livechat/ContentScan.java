package dev.parley.domain.livechat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds listed words (as literal substrings of the folded text, never as patterns) and links in a message, and
 * masks them. Words are tenant input, so they are only ever compared, never compiled.
 */
final class ContentScan {
    static final String MASK = "***";
    private static final Pattern LINK = Pattern.compile(
            "(?:https?://|www\\.)[^\\s]+|[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|net|org|jp|io|co|info|biz|me|tv|ly|gg)(?![a-z0-9-])(?:/[^\\s]*)?");
    private static final int MAX_PASSES = 5;

    private ContentScan() {
    }

    /** Spans of the original text, as {@code [start, end)} pairs, holding a listed word. */
    static List<int[]> words(FoldedText text, List<String> words) {
        List<int[]> spans = new ArrayList<>();
        String folded = text.folded();
        for (String word : words) {
            String needle = FoldedText.foldWord(word);
            if (needle.isEmpty()) {
                continue;
            }
            for (int at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + 1)) {
                spans.add(new int[] {text.originStart(at), text.originEnd(at + needle.length() - 1)});
            }
        }
        return spans;
    }

    /** Spans of the original text holding a link. */
    static List<int[]> links(FoldedText text) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = LINK.matcher(text.folded());
        while (matcher.find()) {
            spans.add(new int[] {text.originStart(matcher.start()), text.originEnd(matcher.end() - 1)});
        }
        return spans;
    }

    /** Replaces every listed word with the mask until none is left; a text that keeps forming one is masked whole. */
    static String maskWords(String original, List<String> words, boolean maskLinks) {
        String text = original;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            FoldedText folded = FoldedText.of(text);
            List<int[]> spans = words(folded, words);
            if (maskLinks) {
                spans.addAll(links(folded));
            }
            if (spans.isEmpty()) {
                return text;
            }
            text = mask(text, spans);
        }
        return MASK;
    }

    private static String mask(String text, List<int[]> spans) {
        spans.sort(Comparator.comparingInt(span -> span[0]));
        StringBuilder out = new StringBuilder();
        int cursor = 0;
        int i = 0;
        while (i < spans.size()) {
            int start = spans.get(i)[0];
            int end = spans.get(i)[1];
            while (i + 1 < spans.size() && spans.get(i + 1)[0] < end) {
                end = Math.max(end, spans.get(++i)[1]);
            }
            out.append(text, cursor, Math.max(cursor, start)).append(MASK);
            cursor = Math.max(cursor, end);
            i++;
        }
        return out.append(text.substring(cursor)).toString();
    }
}
