package dev.parley.bootstrap;

/** The service cannot start as configured; the message tells the operator what to set. */
public final class ConfigurationError extends RuntimeException {
    public ConfigurationError(String message) {
        super(message);
    }

    public ConfigurationError(String message, Throwable cause) {
        super(message, cause);
    }
}
