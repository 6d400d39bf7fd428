package dev.parley.domain.learning;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class LanguageTagTest {

    @Example
    void keepsTagsInTheirConventionalCase() {
        assertThat(new LanguageTag("en").value()).isEqualTo("en");
        assertThat(new LanguageTag("JA").value()).isEqualTo("ja");
        assertThat(new LanguageTag("pt-br").value()).isEqualTo("pt-BR");
        assertThat(new LanguageTag("zh-hant-tw").value()).isEqualTo("zh-Hant-TW");
        assertThat(new LanguageTag("es-419").value()).isEqualTo("es-419");
        assertThat(new LanguageTag("de-CH-1901").value()).isEqualTo("de-CH-1901");
        assertThat(new LanguageTag("yue").value()).isEqualTo("yue");
    }

    @Example
    void refusesOtherShapesNamingTheGivenField() {
        for (String invalid : new String[] {"", "e", "engl", "en_US", "en-", "-en", "en--us", "en-a", "en-abcdefghi", "日本",
                "e1", "en US"}) {
            assertRefused("language", () -> new LanguageTag(invalid));
            assertRefused("source_language", () -> LanguageTag.of("source_language", invalid));
        }
        assertRefused("language", () -> new LanguageTag(null));
        assertRefused("source_language", () -> LanguageTag.of("source_language", null));
    }

    @Provide
    Arbitrary<String> wellFormedTags() {
        Arbitrary<String> language = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').ofMinLength(2).ofMaxLength(3);
        Arbitrary<String> subtag = Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .ofMinLength(2).ofMaxLength(8);
        return Combinators.combine(language, subtag.list().ofMaxSize(3))
                .as((head, tail) -> tail.isEmpty() ? head : head + "-" + String.join("-", tail))
                .filter(tag -> tag.length() <= LanguageTag.MAX_LENGTH);
    }

    @Property
    void everyWellFormedTagIsAcceptedCaseInsensitivelyAndCanonicalisedOnce(@ForAll("wellFormedTags") String raw) {
        LanguageTag tag = new LanguageTag(raw);

        assertThat(tag.value()).isEqualToIgnoringCase(raw);
        assertThat(new LanguageTag(tag.value())).isEqualTo(tag);
        assertThat(new LanguageTag(raw.toUpperCase(Locale.ROOT))).isEqualTo(tag);
        assertThat(new LanguageTag(raw.toLowerCase(Locale.ROOT))).isEqualTo(tag);
    }
}
