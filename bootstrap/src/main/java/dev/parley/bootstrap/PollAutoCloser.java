package dev.parley.bootstrap;

import dev.parley.application.livechat.port.in.PollUseCase;
import java.time.Duration;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Closes polls whose answer time has run out, every second. The deadline is stored with the poll, so a poll that
 * ran out while no server was up is closed as soon as one starts.
 */
final class PollAutoCloser implements AutoCloseable {
    static final Duration PERIOD = Duration.ofSeconds(1);
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(PollAutoCloser.class);

    private final RepeatingTask rounds;

    PollAutoCloser(PollUseCase polls, Predicate<Throwable> databaseUnavailable) {
        FailureBackoff backoff = new FailureBackoff(LOG, "closing expired polls", PERIOD, LONGEST_BACKOFF, databaseUnavailable);
        this.rounds = new RepeatingTask("parley-poll-closer", Duration.ZERO, PERIOD, () -> {
            try {
                int closed = polls.closeExpired();
                if (closed > 0) {
                    LOG.info("closed {} poll(s) whose answer time ran out", closed);
                }
                backoff.succeeded();
            } catch (RuntimeException e) {
                FailureBackoff.sleep(backoff.failed(e).minus(PERIOD));
            }
        });
    }

    @Override
    public void close() {
        rounds.close();
    }
}
