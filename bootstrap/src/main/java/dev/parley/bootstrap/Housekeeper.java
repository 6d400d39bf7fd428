package dev.parley.bootstrap;

import dev.parley.application.shared.port.in.Housekeeping;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs every housekeeping chore one after the other, every {@code interval} (first after at most a minute). Every
 * server runs it; the chores delete in bounded batches that skip what another server is deleting, so servers sharing a
 * database never trip over each other. A chore that fails is tried again next round and does not stop the others.
 */
final class Housekeeper implements AutoCloseable {
    private static final Duration FIRST_ROUND_AT_MOST = Duration.ofMinutes(1);
    private static final Logger LOG = LoggerFactory.getLogger(Housekeeper.class);

    private final List<Housekeeping> chores;
    private final List<FailureBackoff> failures;
    private final RepeatingTask rounds;

    Housekeeper(List<Housekeeping> chores, Duration interval, Predicate<Throwable> databaseUnavailable) {
        this.chores = List.copyOf(chores);
        this.failures = chores.stream()
                .map(chore -> new FailureBackoff(LOG, "purging " + chore.subject(), interval, interval, databaseUnavailable))
                .toList();
        Duration first = interval.compareTo(FIRST_ROUND_AT_MOST) < 0 ? interval : FIRST_ROUND_AT_MOST;
        this.rounds = new RepeatingTask("parley-housekeeper", first, interval, this::round);
    }

    private void round() {
        for (int i = 0; i < chores.size() && !Thread.currentThread().isInterrupted(); i++) {
            Housekeeping chore = chores.get(i);
            try {
                long removed = chore.purge();
                if (removed > 0) {
                    LOG.info("housekeeping removed {} {}", removed, chore.subject());
                }
                failures.get(i).succeeded();
            } catch (RuntimeException e) {
                failures.get(i).failed(e);
            }
        }
    }

    @Override
    public void close() {
        rounds.close();
    }
}
