package dev.parley.application.webhook.port.out;

/** Uniform random draws for spreading retries, so the core never reaches for randomness itself. */
public interface JitterSource {
    /** A uniform draw from [0, 1]. */
    double next();
}
