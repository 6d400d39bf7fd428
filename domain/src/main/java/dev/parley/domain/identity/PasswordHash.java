package dev.parley.domain.identity;

import java.util.Objects;

/** A password hash in PHC string form ({@code $argon2id$v=19$m=...}); never the password itself. */
public record PasswordHash(String phc) {
    public PasswordHash {
        Objects.requireNonNull(phc, "phc");
    }

    @Override
    public String toString() {
        return "PasswordHash[redacted]";
    }
}
