package dev.parley.application.identity.port.out;

import dev.parley.domain.identity.Password;
import dev.parley.domain.identity.PasswordHash;

/** Hashes and checks passwords with a slow, salted function (Argon2id in production). */
public interface PasswordHasher {
    PasswordHash hash(Password password);

    boolean verify(String candidate, PasswordHash hash);

    /** Spends the same effort as a real check, so an unknown account answers as slowly as a wrong password. */
    void verifyAgainstDummy(String candidate);
}
