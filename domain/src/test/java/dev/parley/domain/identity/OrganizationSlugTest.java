package dev.parley.domain.identity;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class OrganizationSlugTest {

    @Example
    void acceptsLowercaseLettersDigitsAndInnerHyphens() {
        for (String valid : new String[] {"a", "7", "acme", "acme-corp", "a-b-c", "a--b", "42nd-street", "s".repeat(64)}) {
            assertThat(new OrganizationSlug(valid).value()).isEqualTo(valid);
        }
    }

    @Example
    void refusesEverythingElseOnTheSlugField() {
        for (String invalid : new String[] {"", "-", "-acme", "acme-", "Acme", "acme_corp", "acme corp", " acme", "ácme",
                "acme.corp", "acme/corp", "s".repeat(65)}) {
            assertRefused("slug", () -> new OrganizationSlug(invalid));
        }
        assertRefused("slug", () -> new OrganizationSlug(null));
    }

    @Property
    void acceptsUpToSixtyFourCharactersThatNeitherStartNorEndWithAHyphen(
            @ForAll @StringLength(min = 1, max = 70) @CharRange(from = 'a', to = 'z') @CharRange(from = '0', to = '9') @Chars('-') String raw) {
        boolean valid = raw.length() <= 64 && !raw.startsWith("-") && !raw.endsWith("-");

        assertThat(OrganizationSlug.isValid(raw)).isEqualTo(valid);
        if (valid) {
            assertThat(new OrganizationSlug(raw).value()).isEqualTo(raw);
        } else {
            assertRefused("slug", () -> new OrganizationSlug(raw));
        }
    }
}
