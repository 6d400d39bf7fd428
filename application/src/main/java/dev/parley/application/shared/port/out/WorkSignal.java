package dev.parley.application.shared.port.out;

import java.time.Duration;

/**
 * Wakes background workers when new work may be waiting, so they can sleep between polls without delaying it. A
 * signal that arrives while a thread is busy is not lost: that thread's next wait returns at once.
 */
public interface WorkSignal {
    /** Returns when work may have arrived since this thread last returned from here (or first came), or after {@code max}. */
    void await(Duration max);

    /** Wakes every waiting thread now, for work handed over within this process. */
    void wake();
}
