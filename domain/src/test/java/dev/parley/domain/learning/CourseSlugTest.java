package dev.parley.domain.learning;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

class CourseSlugTest {

    @Example
    void acceptsLowerCaseWordsJoinedBySingleHyphens() {
        for (String valid : new String[] {"a", "7", "japanese-for-travel", "b1-business-english", "x".repeat(100)}) {
            assertThat(new CourseSlug(valid).value()).isEqualTo(valid);
            assertThat(CourseSlug.isValid(valid)).isTrue();
        }
    }

    @Example
    void refusesEverythingElseOnTheSlugField() {
        for (String invalid : new String[] {"", "-", "-a", "a-", "a--b", "Japanese", "a_b", "a b", " a", "日本語", "a.b",
                "x".repeat(101)}) {
            assertRefused("slug", () -> new CourseSlug(invalid));
            assertThat(CourseSlug.isValid(invalid)).isFalse();
        }
        assertRefused("slug", () -> new CourseSlug(null));
        assertThat(CourseSlug.isValid(null)).isFalse();
    }

    @Property
    void acceptsExactlyTheShortHyphenSeparatedWords(
            @ForAll @StringLength(min = 1, max = 110) @CharRange(from = 'a', to = 'c') @CharRange(from = '0', to = '1') @Chars('-') String raw) {
        boolean valid = raw.length() <= 100 && !raw.startsWith("-") && !raw.endsWith("-") && !raw.contains("--");

        assertThat(CourseSlug.isValid(raw)).isEqualTo(valid);
        if (valid) {
            assertThat(new CourseSlug(raw).value()).isEqualTo(raw);
        } else {
            assertRefused("slug", () -> new CourseSlug(raw));
        }
    }
}
