package dev.parley.bootstrap;

import dev.parley.application.export.port.in.ExportWorkUseCase;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates queued exports in the background: each worker polls every second and, once it finds a job, keeps taking
 * jobs until none is left. Jobs are claimed in the database under a lease, so workers of several servers share the
 * queue, and a job whose server died is run again when its lease runs out.
 */
final class ExportWorkers implements AutoCloseable {
    static final Duration PERIOD = Duration.ofSeconds(1);
    static final int WORKERS = 2;
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(30);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(ExportWorkers.class);

    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(WORKERS, runnable -> {
        Thread thread = new Thread(runnable, "parley-export-worker");
        thread.setDaemon(true);
        return thread;
    });

    ExportWorkers(ExportWorkUseCase work, Predicate<Throwable> databaseUnavailable) {
        for (int i = 0; i < WORKERS; i++) {
            FailureBackoff backoff = new FailureBackoff(LOG, "export worker " + (i + 1), PERIOD, LONGEST_BACKOFF, databaseUnavailable);
            scheduler.scheduleWithFixedDelay(() -> drain(work, backoff), i * PERIOD.toMillis() / WORKERS, PERIOD.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void drain(ExportWorkUseCase work, FailureBackoff backoff) {
        try {
            while (!Thread.currentThread().isInterrupted() && work.runNext()) {
                LOG.debug("ran an export");
            }
            backoff.succeeded();
        } catch (RuntimeException e) {
            FailureBackoff.sleep(backoff.failed(e).minus(PERIOD));
        }
    }

    /** Stops taking jobs and gives running ones a moment; a run cut short is taken up again after its lease. */
    @Override
    public void close() {
        scheduler.shutdown();
        try {
            if (!scheduler.awaitTermination(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                scheduler.shutdownNow();
            }
        } catch (InterruptedException e) {
            scheduler.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }
}
