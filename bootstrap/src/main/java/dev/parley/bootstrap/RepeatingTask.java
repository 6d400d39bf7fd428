package dev.parley.bootstrap;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** A task run on its own daemon thread, first after {@code first} and then {@code every} after each run ends, until closed. */
final class RepeatingTask implements AutoCloseable {
    private final ScheduledExecutorService scheduler;

    RepeatingTask(String threadName, Duration first, Duration every, Runnable task) {
        this.scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(task, first.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Stops the task, interrupting a run in progress, and waits up to five seconds for it to end. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        try {
            scheduler.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
