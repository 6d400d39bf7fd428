package dev.parley.domain.livechat;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class FoldedTextTest {
    /** Katakana and their half-width spellings, voiced and semi-voiced ones as a base letter plus a separate mark. */
    static final Map<String, String> HALF_WIDTH_KATAKANA = Map.ofEntries(
            Map.entry("ア", "ｱ"), Map.entry("カ", "ｶ"), Map.entry("ガ", "ｶﾞ"), Map.entry("キ", "ｷ"), Map.entry("ギ", "ｷﾞ"),
            Map.entry("サ", "ｻ"), Map.entry("ザ", "ｻﾞ"), Map.entry("タ", "ﾀ"), Map.entry("ダ", "ﾀﾞ"), Map.entry("ハ", "ﾊ"),
            Map.entry("バ", "ﾊﾞ"), Map.entry("パ", "ﾊﾟ"), Map.entry("ポ", "ﾎﾟ"), Map.entry("ヴ", "ｳﾞ"), Map.entry("ン", "ﾝ"),
            Map.entry("ー", "ｰ"));
    static final List<String> HIRAGANA = List.of("あ", "か", "が", "は", "ば", "ぱ", "ん", "ゔ");

    /** A character of the canonical (folded) alphabet: lower-case ASCII, digits, hiragana, katakana, a few symbols. */
    static Arbitrary<String> canonicalCharacters() {
        return Arbitraries.oneOf(
                Arbitraries.chars().range('a', 'z').map(String::valueOf),
                Arbitraries.chars().range('0', '9').map(String::valueOf),
                Arbitraries.of(HIRAGANA),
                Arbitraries.of(List.copyOf(HALF_WIDTH_KATAKANA.keySet())),
                Arbitraries.of(" ", "!", "-", "?", "_"));
    }

    /** One of the spellings of a canonical character that fold to it: case, full width, half width, decomposed. */
    static Arbitrary<String> variantsOf(String canonical) {
        char c = canonical.charAt(0);
        if (c >= 'a' && c <= 'z') {
            char upper = Character.toUpperCase(c);
            return Arbitraries.of(canonical, String.valueOf(upper), fullWidth(c), fullWidth(upper));
        }
        if ((c >= '0' && c <= '9') || c == '!' || c == '-' || c == '?' || c == '_') {
            return Arbitraries.of(canonical, fullWidth(c));
        }
        String decomposed = Normalizer.normalize(canonical, Normalizer.Form.NFD);
        if (HALF_WIDTH_KATAKANA.containsKey(canonical)) {
            return Arbitraries.of(canonical, decomposed, HALF_WIDTH_KATAKANA.get(canonical));
        }
        return Arbitraries.of(canonical, decomposed);
    }

    static String fullWidth(char ascii) {
        return String.valueOf((char) (ascii - 0x21 + 0xFF01));
    }

    /** A canonical text and one random spelling of it. */
    record Spelling(String canonical, String variant) {
    }

    @Provide
    Arbitrary<Spelling> spellings() {
        return canonicalCharacters().list().ofMaxSize(30).flatMap(chars -> {
            List<Arbitrary<String>> variants = chars.stream().map(FoldedTextTest::variantsOf).toList();
            return Combinators.combine(variants)
                    .as(parts -> new Spelling(String.join("", chars), String.join("", parts)));
        });
    }

    /** Latin with combining marks, Hangul jamo, kana and the half-width and full-width forms. */
    @Provide
    Arbitrary<String> composingText() {
        return Arbitraries.strings().withCharRange('\u0000', '\u036F').withCharRange('\u1100', '\u11FF')
                .withCharRange('\u3000', '\u30FF').withCharRange('\u3130', '\u318F').withCharRange('\uFF00', '\uFFEF')
                .ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(40), composingText(), spellings().map(Spelling::variant));
    }

    private static String nfkcLower(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    @Property
    void everyFoldedCharacterMapsToANonEmptySpanOfTheOriginal(@ForAll("anyText") String original) {
        FoldedText text = FoldedText.of(original);

        for (int i = 0; i < text.folded().length(); i++) {
            assertThat(text.originStart(i)).isBetween(0, original.length() - 1);
            assertThat(text.originEnd(i)).isGreaterThan(text.originStart(i)).isLessThanOrEqualTo(original.length());
        }
    }

    @Property
    void spansNeverGoBackAndTileTheOriginalWithoutGaps(@ForAll("anyText") String original) {
        FoldedText text = FoldedText.of(original);
        int length = text.folded().length();
        if (original.isEmpty()) {
            assertThat(length).isZero();
            return;
        }

        assertThat(text.originStart(0)).isZero();
        assertThat(text.originEnd(length - 1)).isEqualTo(original.length());
        for (int i = 1; i < length; i++) {
            boolean sameSpan = text.originStart(i) == text.originStart(i - 1) && text.originEnd(i) == text.originEnd(i - 1);
            assertThat(text.originStart(i)).isGreaterThanOrEqualTo(text.originStart(i - 1));
            assertThat(text.originEnd(i)).isGreaterThanOrEqualTo(text.originEnd(i - 1));
            assertThat(sameSpan || text.originStart(i) == text.originEnd(i - 1)).isTrue();
        }
    }

    @Property
    void eachSpanFoldsToExactlyTheCharactersMappedToIt(@ForAll("anyText") String original) {
        FoldedText text = FoldedText.of(original);

        int i = 0;
        while (i < text.folded().length()) {
            int start = text.originStart(i);
            int end = text.originEnd(i);
            int j = i;
            while (j < text.folded().length() && text.originStart(j) == start) {
                j++;
            }
            assertThat(text.folded().substring(i, j)).isEqualTo(nfkcLower(original.substring(start, end)));
            i = j;
        }
        assertThat(text.original()).isEqualTo(original);
    }

    @Property
    void caseFullWidthHalfWidthAndDecomposedSpellingsFoldToTheSameText(@ForAll("spellings") Spelling spelling) {
        String folded = FoldedText.of(spelling.variant()).folded();

        assertThat(folded).isEqualTo(FoldedText.of(spelling.canonical()).folded());
        assertThat(folded).isEqualTo(spelling.canonical());
        assertThat(folded).isEqualTo(nfkcLower(spelling.variant()));
    }

    @Property
    void foldsLikeNormalizingTheWholeTextAtOnce(@ForAll("composingText") String original) {
        assertThat(FoldedText.of(original).folded()).isEqualTo(nfkcLower(original));
    }

    @Property
    void foldWordIsTheFoldedTextOfTheWord(@ForAll("anyText") String word) {
        assertThat(FoldedText.foldWord(word)).isEqualTo(FoldedText.of(word).folded());
    }

    @Example
    void fullWidthLettersFoldToLowerCaseAscii() {
        assertThat(FoldedText.foldWord("ＢＡＤ")).isEqualTo("bad");
        assertThat(FoldedText.foldWord("Ｂａｄ")).isEqualTo("bad");
        assertThat(FoldedText.foldWord("１２３")).isEqualTo("123");
    }

    @Example
    void halfWidthKatakanaWithAVoicedMarkFoldsToTheComposedKatakana() {
        FoldedText text = FoldedText.of("xﾊﾞｶy");

        assertThat(text.folded()).isEqualTo("xバカy");
        assertThat(text.originStart(1)).isEqualTo(1);
        assertThat(text.originEnd(1)).isEqualTo(3);
        assertThat(text.originStart(2)).isEqualTo(3);
        assertThat(text.originEnd(2)).isEqualTo(4);
    }

    @Example
    void aCombiningVoicedMarkFoldsWithTheKanaBeforeIt() {
        assertThat(FoldedText.foldWord("は\u3099か")).isEqualTo("ばか");
        assertThat(FoldedText.foldWord("ハ\u3099カ")).isEqualTo("バカ");
    }

    @Example
    void hiraganaAndKatakanaStayDistinctBecauseNfkcDoesNotMapBetweenThem() {
        assertThat(FoldedText.foldWord("ばか")).isNotEqualTo(FoldedText.foldWord("バカ"));
    }

    @Example
    void anExpandingCharacterMapsEveryFoldedCharacterToItsOneSource() {
        FoldedText text = FoldedText.of("a\u3390b");

        assertThat(text.folded()).isEqualTo("ahzb");
        assertThat(text.originStart(1)).isEqualTo(1);
        assertThat(text.originEnd(2)).isEqualTo(2);
        assertThat(text.originStart(3)).isEqualTo(2);
    }
}
