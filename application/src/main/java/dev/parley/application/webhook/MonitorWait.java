package dev.parley.application.webhook;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Waiting on an object's monitor, which the caller holds, until a condition holds or a time limit passes. */
final class MonitorWait {
    private MonitorWait() {
    }

    /** Waits on {@code monitor} until {@code done} holds, at most {@code max}; answers whether it holds. */
    static boolean until(Object monitor, BooleanSupplier done, Duration max) throws InterruptedException {
        long deadline = System.nanoTime() + max.toNanos();
        while (!done.getAsBoolean()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            monitor.wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }
}
