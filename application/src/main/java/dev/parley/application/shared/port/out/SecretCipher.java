package dev.parley.application.shared.port.out;

/**
 * Encrypts secrets that must be read back in clear later (webhook secrets, LRS credentials) with a key the operator
 * holds, so a copy of the database alone does not reveal them.
 */
public interface SecretCipher {
    /** Encrypts and authenticates {@code plain}; sealing the same text twice gives different bytes. */
    byte[] seal(String plain);

    /** Decrypts what {@link #seal} made; throws {@link IllegalArgumentException} for bytes altered or sealed under another key. */
    String open(byte[] sealed);
}
