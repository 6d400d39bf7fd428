package dev.parley.domain.shared;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

class EmailAddressTest {
    /** The shape the address check replaced, kept to compare the two. */
    private static final Pattern SHAPE = Pattern.compile("[^\\s@]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

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
    void countsTheLocalPartInCharactersNotUtf16Units() {
        String emoji = "\uD83D\uDE00";

        assertThat(new EmailAddress(emoji.repeat(64) + "@example.com").value()).startsWith(emoji);
        assertRefused("email", () -> new EmailAddress(emoji.repeat(65) + "@example.com"));
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

    @Provide
    @SuppressWarnings("unchecked")
    Arbitrary<String> nearAddresses() {
        Arbitrary<String> local = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.strings().withChars("aZ0.+'".toCharArray()).ofMinLength(1).ofMaxLength(6)),
                Tuple.of(1, Arbitraries.strings().withChars("a@ \t\u00e9".toCharArray()).ofMaxLength(3)),
                Tuple.of(1, Arbitraries.integers().between(62, 66).map("l"::repeat)),
                Tuple.of(1, Arbitraries.integers().between(30, 66).map("\uD83D\uDE00"::repeat)));
        Arbitrary<String> label = Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.strings().withChars("aZ0-".toCharArray()).ofMinLength(1).ofMaxLength(5)),
                Tuple.of(1, Arbitraries.strings().withChars("a_\u00e9 \n".toCharArray()).ofMaxLength(2)),
                Tuple.of(1, Arbitraries.of("a", "-").flatMap(c -> Arbitraries.integers().between(61, 65).map(n -> "b" + c.repeat(n) + "c"))));
        Arbitrary<String> host = label.list().ofMinSize(1).ofMaxSize(4).map(labels -> String.join(".", labels));
        Arbitrary<String> at = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.just("@")), Tuple.of(1, Arbitraries.of("", "@@", ".@")));
        return Combinators.combine(local, at, host).as((l, a, h) -> l + a + h);
    }

    @Property(tries = 3000)
    void acceptsExactlyWhatTheRegularShapeDescribes(@ForAll("nearAddresses") String candidate) {
        boolean expected = candidate.length() <= 254 && SHAPE.matcher(candidate).matches();

        boolean accepted;
        try {
            new EmailAddress(candidate);
            accepted = true;
        } catch (InvalidInput refused) {
            accepted = false;
        }
        Statistics.collect(expected);
        assertThat(accepted).as(candidate).isEqualTo(expected);
    }
}
