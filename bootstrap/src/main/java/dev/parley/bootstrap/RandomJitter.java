package dev.parley.bootstrap;

import dev.parley.application.webhook.port.out.JitterSource;
import java.util.concurrent.ThreadLocalRandom;

/** Jitter for retry times from the thread's own random generator: spread matters here, not secrecy. */
final class RandomJitter implements JitterSource {
    @Override
    public double next() {
        return ThreadLocalRandom.current().nextDouble();
    }
}
