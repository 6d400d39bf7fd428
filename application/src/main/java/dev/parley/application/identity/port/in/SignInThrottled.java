package dev.parley.application.identity.port.in;

/** Too many sign-in attempts for this account or address; try again after the given seconds. */
public final class SignInThrottled extends RuntimeException {
    private final long retryAfterSeconds;

    public SignInThrottled(long retryAfterSeconds) {
        super("Too many sign-in attempts. Please try again in " + retryAfterSeconds + " seconds.", null, false, false);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
