package dev.parley.adapter.outbound.crypto;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import dev.parley.application.identity.port.out.PasswordHasher;
import dev.parley.domain.identity.PasswordHash;

/**
 * Argon2id with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane, 16-byte salt, 32-byte hash), stored as a
 * PHC string so verification reads the parameters back and they can be raised later.
 */
public final class Argon2PasswordHasher implements PasswordHasher {
    public static final int MEMORY_KIB = 19 * 1024;
    public static final int ITERATIONS = 2;
    public static final int PARALLELISM = 1;
    public static final int HASH_LENGTH = 32;
    public static final int SALT_LENGTH = 16;

    private final Argon2Function function = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, PARALLELISM, HASH_LENGTH,
            Argon2.ID, Argon2Function.ARGON2_VERSION_13);
    private final PasswordHash dummy = hashRaw("parley-dummy-password-for-timing");

    @Override
    public PasswordHash hash(dev.parley.domain.identity.Password password) {
        return hashRaw(password.value());
    }

    @Override
    public boolean verify(String candidate, PasswordHash hash) {
        try {
            return Password.check(candidate, hash.phc()).with(Argon2Function.getInstanceFromHash(hash.phc()));
        } catch (RuntimeException malformedHash) {
            return false;
        }
    }

    @Override
    public void verifyAgainstDummy(String candidate) {
        verify(candidate, dummy);
    }

    private PasswordHash hashRaw(String password) {
        return new PasswordHash(Password.hash(password).addRandomSalt(SALT_LENGTH).with(function).getResult());
    }
}
