package dev.parley.adapter.outbound.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.identity.Password;
import dev.parley.domain.identity.PasswordHash;
import org.junit.jupiter.api.Test;

class Argon2PasswordHasherTest {
    private final Argon2PasswordHasher hasher = new Argon2PasswordHasher();

    @Test
    void hashesWithArgon2idAtOwaspMinimumAsPhcString() {
        PasswordHash hash = hasher.hash(new Password("correct horse battery"));

        assertThat(hash.phc()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
        assertThat(hasher.verify("correct horse battery", hash)).isTrue();
        assertThat(hasher.verify("correct horse batterY", hash)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        Password password = new Password("same password twice");

        assertThat(hasher.hash(password).phc()).isNotEqualTo(hasher.hash(password).phc());
    }

    @Test
    void verifiesAKnownAnswerProducedByAnotherImplementation() {
        // Made with the reference C implementation: echo -n password | argon2 somesaltsomesalt -id -k 19456 -t 2 -p 1 -l 32 -e
        PasswordHash reference = new PasswordHash("$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$K13EBUiG7JV+9ZxztmHFTdb7J0WQsnj2V8bZaqyPptE");

        assertThat(hasher.verify("password", reference)).isTrue();
        assertThat(hasher.verify("not the password", reference)).isFalse();
    }

    @Test
    void refusesAMalformedStoredHashInsteadOfThrowing() {
        assertThat(hasher.verify("anything", new PasswordHash("not-a-phc-string"))).isFalse();
    }
}
