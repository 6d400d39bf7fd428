package dev.parley.domain.helpdesk;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class SubjectTest {

    @Example
    void acceptsFiveHundredCharactersAndRefusesFiveHundredAndOne() {
        assertThat(new Subject("s".repeat(500)).value()).hasSize(500);
        assertRefused("subject", () -> new Subject("s".repeat(501)));
    }

    @Example
    void countsCharactersNotUtf16Units() {
        assertThat(new Subject("😀".repeat(500)).value()).isEqualTo("😀".repeat(500));
        assertRefused("subject", () -> new Subject("😀".repeat(501)));
    }

    @Example
    void surroundingWhitespaceIsStrippedAndDoesNotCount() {
        assertThat(new Subject("  Refund please \n").value()).isEqualTo("Refund please");
        assertThat(new Subject(" " + "s".repeat(500) + " ").value()).hasSize(500);
    }

    @Example
    void refusesBlankOrMissingSubjects() {
        assertRefused("subject", () -> new Subject(""));
        assertRefused("subject", () -> new Subject(" \t\n"));
        assertRefused("subject", () -> new Subject(null));
    }

    @Property
    void anyNonBlankLineOfAtMostFiveHundredCharactersIsKeptStripped(@ForAll @StringLength(max = 520) String raw) {
        Assume.that(!raw.isBlank());
        String stripped = raw.strip();

        if (stripped.codePointCount(0, stripped.length()) <= Subject.MAX_LENGTH) {
            assertThat(new Subject(raw).value()).isEqualTo(stripped);
        } else {
            assertRefused("subject", () -> new Subject(raw));
        }
    }
}
