package dev.parley.bootstrap;

import dev.parley.adapter.persistence.shared.QueueVacuum;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the queue tables every {@link #EVERY} and vacuums those past their dead-row threshold, on a PostgreSQL that
 * runs no autovacuum (see {@link QueueVacuum}). A failed round is logged through the shared backoff and tried again.
 */
final class QueueVacuumer implements AutoCloseable {
    static final Duration EVERY = Duration.ofSeconds(1);
    private static final Logger LOG = LoggerFactory.getLogger(QueueVacuumer.class);

    private final QueueVacuum vacuum;
    private final FailureBackoff failures;
    private final RepeatingTask rounds;

    QueueVacuumer(QueueVacuum vacuum, Predicate<Throwable> databaseUnavailable) {
        this.vacuum = vacuum;
        this.failures = new FailureBackoff(LOG, "vacuuming the queue tables", EVERY, Duration.ofSeconds(30), databaseUnavailable);
        this.rounds = new RepeatingTask("parley-queue-vacuum", EVERY, EVERY, this::round);
    }

    private void round() {
        try {
            List<String> vacuumed = vacuum.vacuumWhereDue();
            if (!vacuumed.isEmpty()) {
                LOG.debug("vacuumed {}", vacuumed);
            }
            failures.succeeded();
        } catch (RuntimeException e) {
            failures.failed(e);
        }
    }

    @Override
    public void close() {
        rounds.close();
    }
}
