package dev.parley.application.shared.port.out;

/** Makes unguessable secrets from a cryptographically strong source. */
public interface SecretGenerator {
    /** {@code length} characters drawn uniformly from A-Z, a-z and 0-9. */
    String alphanumerics(int length);

    /** {@code length} random bytes, such as the key material of a webhook secret. */
    byte[] bytes(int length);
}
