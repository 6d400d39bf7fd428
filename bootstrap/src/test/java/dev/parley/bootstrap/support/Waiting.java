package dev.parley.bootstrap.support;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting in end-to-end tests: pausing, and polling a condition until it holds or the patience runs out. */
public final class Waiting {
    private static final Duration POLL = Duration.ofMillis(100);

    private Waiting() {
    }

    /** Polls {@code condition} until it holds; fails naming {@code what} once {@code patience} has passed. */
    public static void until(Duration patience, BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + patience + ": " + what);
            }
            sleep(POLL);
        }
    }

    /** Pauses the test; an interruption fails it. */
    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
