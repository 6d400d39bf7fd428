package dev.parley.application.fake;

import dev.parley.application.identity.port.out.PasswordHasher;
import dev.parley.domain.identity.Password;
import dev.parley.domain.identity.PasswordHash;

/** A transparent "hash" for tests only: {@code plain$<password>}; counts checks against the dummy hash. */
public final class FakePasswordHasher implements PasswordHasher {
    private static final String PREFIX = "plain$";
    private int dummyChecks;

    @Override
    public PasswordHash hash(Password password) {
        return new PasswordHash(PREFIX + password.value());
    }

    @Override
    public boolean verify(String candidate, PasswordHash hash) {
        return hash.phc().equals(PREFIX + candidate);
    }

    @Override
    public synchronized void verifyAgainstDummy(String candidate) {
        dummyChecks++;
    }

    public synchronized int dummyChecks() {
        return dummyChecks;
    }
}
