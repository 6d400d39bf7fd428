package dev.parley.bootstrap;

import java.time.Duration;
import java.util.function.Predicate;
import org.slf4j.Logger;

/**
 * How one background loop meets failure: it waits longer after each failure in a row (doubling up to a ceiling), and
 * reports an unreachable database once when the outage starts and once when it ends, instead of a stack trace per
 * try; any other failure is logged in full. One instance per thread.
 */
final class FailureBackoff {
    private final Logger log;
    private final String who;
    private final Duration first;
    private final Duration longest;
    private final Predicate<Throwable> databaseUnavailable;
    private Duration next;
    private boolean databaseAway;

    FailureBackoff(Logger log, String who, Duration first, Duration longest, Predicate<Throwable> databaseUnavailable) {
        this.log = log;
        this.who = who;
        this.first = first;
        this.longest = longest;
        this.databaseUnavailable = databaseUnavailable;
        this.next = first;
    }

    /** Records a failure and answers how long to wait before trying again. */
    Duration failed(RuntimeException e) {
        Duration wait = next;
        next = next.multipliedBy(2).compareTo(longest) > 0 ? longest : next.multipliedBy(2);
        if (databaseUnavailable.test(e)) {
            if (!databaseAway) {
                databaseAway = true;
                log.warn("{}: the database is unreachable ({}); backing off up to {} s between tries", who, rootMessage(e),
                        longest.toSeconds());
            }
        } else {
            log.warn("{} failed; trying again in {} ms", who, wait.toMillis(), e);
        }
        return wait;
    }

    /** Records a success: the next failure waits the first delay again. */
    void succeeded() {
        if (databaseAway) {
            databaseAway = false;
            log.info("{}: the database is reachable again", who);
        }
        next = first;
    }

    /** Sleeps for {@code duration}; an interrupt ends the sleep early and stays set. */
    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
