package dev.parley.domain.helpdesk;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class MessageTextTest {
    private static final int LIMIT = 64 * 1024;

    @Example
    void acceptsExactlySixtyFourKibibytesOfAscii() {
        assertThat(new MessageText("a".repeat(LIMIT)).value()).hasSize(LIMIT);
        assertRefused("text", () -> new MessageText("a".repeat(LIMIT + 1)));
    }

    @Example
    void countsBytesOfUtf8NotCharacters() {
        assertThat(new MessageText("é".repeat(LIMIT / 2)).value()).hasSize(LIMIT / 2);
        assertRefused("text", () -> new MessageText("é".repeat(LIMIT / 2) + "a"));
        assertThat(new MessageText("€".repeat(21_845) + "a").value()).hasSize(21_846);
        assertRefused("text", () -> new MessageText("€".repeat(21_846)));
        assertThat(new MessageText("😀".repeat(LIMIT / 4)).value()).hasSize(LIMIT / 2);
        assertRefused("text", () -> new MessageText("😀".repeat(LIMIT / 4) + "a"));
    }

    @Example
    void keepsTheTextExactlyAsWritten() {
        assertThat(new MessageText("  Hello,\n\n  world  \n").value()).isEqualTo("  Hello,\n\n  world  \n");
    }

    @Example
    void refusesBlankOrMissingText() {
        assertRefused("text", () -> new MessageText(""));
        assertRefused("text", () -> new MessageText(" \n\t "));
        assertRefused("text", () -> new MessageText(null));
    }

    @Example
    void namesTheFieldItWasGivenUnder() {
        assertThat(MessageText.of("message", "Hi").value()).isEqualTo("Hi");
        assertRefused("message", () -> MessageText.of("message", " "));
        assertRefused("message", () -> MessageText.of("message", null));
        assertRefused("message", () -> MessageText.of("message", "a".repeat(LIMIT + 1)));
    }

    @Provide
    Arbitrary<String> characters() {
        return Arbitraries.of("a", "é", "€", "😀", "\u0800", "\uFFFD", "\uD7FF");
    }

    @Property
    void acceptsTextExactlyWhenItsUtf8FitsTheLimit(@ForAll("characters") String unit, @ForAll @IntRange(min = -3, max = 3) int delta) {
        int width = unit.getBytes(StandardCharsets.UTF_8).length;
        int count = LIMIT / width + delta;
        String text = unit.repeat(count);

        if ((long) count * width <= LIMIT) {
            assertThat(new MessageText(text).value()).isEqualTo(text);
        } else {
            assertRefused("text", () -> new MessageText(text));
        }
    }
}
