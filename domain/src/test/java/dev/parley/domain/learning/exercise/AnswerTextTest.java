package dev.parley.domain.learning.exercise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class AnswerTextTest {
    private static final List<String> SPACES = List.of(" ", "  ", "\t", "\n", "\u3000", "\u00A0", " \u3000 ");

    /** A spelling of a single-spaced, lower-case ASCII text in random case and width, with random runs of white space. */
    static String variantOf(String text, Random random) {
        StringBuilder variant = new StringBuilder(random.nextBoolean() ? SPACES.get(random.nextInt(SPACES.size())) : "");
        for (char c : text.toCharArray()) {
            if (c == ' ') {
                variant.append(SPACES.get(random.nextInt(SPACES.size())));
                continue;
            }
            char cased = random.nextBoolean() ? Character.toUpperCase(c) : c;
            variant.append(random.nextBoolean() ? (char) (cased - 0x21 + 0xFF01) : cased);
        }
        return variant.append(random.nextBoolean() ? SPACES.get(random.nextInt(SPACES.size())) : "").toString();
    }

    @Provide
    Arbitrary<String> phrases() {
        return ExerciseArbitraries.phrases();
    }

    @Property
    void widthCaseAndSpacingVariantsFoldToTheSameText(@ForAll("phrases") String phrase, @ForAll Random random) {
        String variant = variantOf(phrase, random);

        assertThat(AnswerText.fold(variant)).as(variant).isEqualTo(phrase);
        assertThat(AnswerText.sameAnswer(variant, phrase)).isTrue();
    }

    @Property
    void foldingTwiceChangesNothing(@ForAll String text) {
        String folded = AnswerText.fold(text);

        assertThat(AnswerText.fold(folded)).isEqualTo(folded);
    }

    @Property
    void differentPhrasesStayDifferent(@ForAll("phrases") String a, @ForAll("phrases") String b) {
        assertThat(AnswerText.sameAnswer(a, b)).isEqualTo(a.equals(b));
    }

    @Example
    void foldsJapaneseWidthsButKeepsKanaApart() {
        assertThat(AnswerText.fold("ｺﾝﾆﾁﾊ")).isEqualTo("コンニチハ");
        assertThat(AnswerText.fold("  Ｔｏｋｙｏ\u3000 Tower ")).isEqualTo("tokyo tower");
        assertThat(AnswerText.sameAnswer("こんにちは", "コンニチハ")).isFalse();
    }
}
