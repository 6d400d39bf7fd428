package dev.parley.domain.helpdesk;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Assume;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class CustomerTest {

    @Example
    void keepsATrimmedNameAddressAndOptionalId() {
        Customer customer = Customer.of("  Ada Lovelace ", " ada@example.com ", Optional.of(" crm-17 "));

        assertThat(customer.name()).isEqualTo("Ada Lovelace");
        assertThat(customer.email().value()).isEqualTo("ada@example.com");
        assertThat(customer.userId()).contains("crm-17");
        assertThat(Customer.of("Ada", "ada@example.com", Optional.empty()).userId()).isEmpty();
    }

    @Example
    void refusesAMissingBlankOrOverlongName() {
        assertRefused("customer.name", () -> Customer.of(null, "ada@example.com", Optional.empty()));
        assertRefused("customer.name", () -> Customer.of("  ", "ada@example.com", Optional.empty()));
        assertRefused("customer.name", () -> Customer.of("n".repeat(201), "ada@example.com", Optional.empty()));
        assertThat(Customer.of("n".repeat(200), "ada@example.com", Optional.empty()).name()).hasSize(200);
    }

    @Example
    void refusesAMissingOrImplausibleAddressOnTheCustomerEmailField() {
        assertRefused("customer.email", () -> Customer.of("Ada", null, Optional.empty()));
        assertRefused("customer.email", () -> Customer.of("Ada", "", Optional.empty()));
        assertRefused("customer.email", () -> Customer.of("Ada", "ada.example.com", Optional.empty()));
    }

    @Example
    void refusesABlankOrOverlongUserId() {
        assertRefused("customer.userId", () -> Customer.of("Ada", "ada@example.com", Optional.of(" ")));
        assertRefused("customer.userId", () -> Customer.of("Ada", "ada@example.com", Optional.of("u".repeat(201))));
        assertThat(Customer.of("Ada", "ada@example.com", Optional.of("u".repeat(200))).userId()).contains("u".repeat(200));
    }

    @Property
    void anyNonBlankNameUpToTwoHundredCharactersIsKeptStripped(@ForAll @StringLength(max = 210) String name) {
        Assume.that(!name.isBlank());
        String stripped = name.strip();

        if (stripped.codePointCount(0, stripped.length()) <= Customer.MAX_NAME) {
            assertThat(Customer.of(name, "ada@example.com", Optional.empty()).name()).isEqualTo(stripped);
        } else {
            assertRefused("customer.name", () -> Customer.of(name, "ada@example.com", Optional.empty()));
        }
    }
}
