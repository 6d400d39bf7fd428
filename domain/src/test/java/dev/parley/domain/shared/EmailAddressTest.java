package dev.parley.domain.shared;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class EmailAddressTest {

    @Example
    void acceptsPlausibleAddressesAsGiven() {
        for (String valid : new String[] {"ada@example.com", "Ada.Lovelace+help@Mail.Example.CO.uk", "x@a-b.io",
                "o'brien@example.ie", "l".repeat(64) + "@example.com", "a@" + "d".repeat(63) + ".com"}) {
            assertThat(new EmailAddress(valid).value()).isEqualTo(valid);
        }
    }

    @Example
    void refusesImplausibleAddressesOnTheEmailField() {
        for (String invalid : new String[] {"", " ", "ada", "ada@", "@example.com", "ada@example", "ada@@example.com",
                "a@b@example.com", "ada @example.com", "ada@exa mple.com", "ada@-example.com", "ada@example-.com",
                "ada@example..com", "ada@.example.com", "ada@example.com.", "ada@exa_mple.com",
                "l".repeat(65) + "@example.com", "a@" + "d".repeat(64) + ".com", " ada@example.com"}) {
            assertRefused("email", () -> new EmailAddress(invalid));
        }
        assertRefused("email", () -> new EmailAddress(null));
    }

    @Example
    void acceptsTwoHundredFiftyFourCharactersAndRefusesMore() {
        String domain189 = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(61);
        String at254 = "l".repeat(64) + "@" + domain189;

        assertThat(new EmailAddress(at254).value()).hasSize(254);
        assertRefused("email", () -> new EmailAddress(at254 + "c"));
    }

    @Example
    void parsingStripsAndReportsTheCallersField() {
        assertThat(EmailAddress.of("customer.email", "  ada@example.com\n").value()).isEqualTo("ada@example.com");
        assertRefused("customer.email", () -> EmailAddress.of("customer.email", "not an address"));
        assertRefused("customer.email", () -> EmailAddress.of("customer.email", null));
    }

    @Example
    void comparesByLowercaseForm() {
        assertThat(new EmailAddress("Ada@Example.COM").normalized()).isEqualTo("ada@example.com");
    }

    @Provide
    Arbitrary<String> addresses() {
        Arbitrary<String> local = Arbitraries.strings().withCharRange('a', 'z').withChars("._+-'".toCharArray())
                .ofMinLength(1).ofMaxLength(64);
        Arbitrary<String> label = Arbitraries.strings().withCharRange('a', 'z').withCharRange('0', '9').ofMinLength(1).ofMaxLength(20);
        Arbitrary<String> domain = label.list().ofMinSize(2).ofMaxSize(4).map(labels -> String.join(".", labels));
        return Combinators.combine(local, domain).as((l, d) -> l + "@" + d);
    }

    @Property
    void acceptsEveryLocalPartAndDottedHostWithinTheLimits(@ForAll("addresses") String address) {
        EmailAddress email = EmailAddress.of("email", address.toUpperCase());

        assertThat(email.value()).isEqualTo(address.toUpperCase());
        assertThat(email.normalized()).isEqualTo(address);
    }
}
