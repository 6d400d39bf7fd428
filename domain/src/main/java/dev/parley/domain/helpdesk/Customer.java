package dev.parley.domain.helpdesk;

import dev.parley.domain.shared.EmailAddress;
import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.Text;
import java.util.Objects;
import java.util.Optional;

/** The person a ticket is for: a name, an e-mail address and, when known, their id in the customer's system. */
public record Customer(String name, EmailAddress email, Optional<String> userId) {
    public static final int MAX_NAME = 200;
    public static final int MAX_USER_ID = 200;

    public Customer {
        name = Text.requireLine("customer.name", name, MAX_NAME);
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(userId, "userId");
        userId = userId.map(id -> Text.requireLine("customer.userId", id, MAX_USER_ID));
    }

    public static Customer of(String name, String email, Optional<String> userId) {
        if (email == null) {
            throw new InvalidInput("customer.email", "is required");
        }
        return new Customer(name, EmailAddress.of("customer.email", email), userId);
    }
}
