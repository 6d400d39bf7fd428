package dev.parley.application.identity.port.in;

/** Sign-in failed; deliberately says nothing about whether the account exists. */
public final class InvalidCredentials extends RuntimeException {
    public InvalidCredentials() {
        super("These credentials do not match our records.", null, false, false);
    }
}
