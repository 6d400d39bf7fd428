package dev.parley.bootstrap;

import dev.parley.application.shared.port.out.WorkSignal;
import dev.parley.application.webhook.DeliveryWorker;
import dev.parley.application.webhook.WebhookDispatcher;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers webhooks in the background: {@link #DISPATCHERS} threads fan new outbox events out into deliveries, as many
 * as the hand-off has room for (waiting for room up to the poll interval), and {@code workers} threads attempt handed-off
 * and due deliveries, each draining what is ready and then sleeping until the work signal (PostgreSQL NOTIFY, or a
 * hand-over) or the poll interval wakes it. Several servers may share a database; claims never overlap. Closing stops
 * claiming, gives back claimed and handed-off deliveries not yet started and waits for attempts in flight up to a
 * deadline; an attempt cut off by the process ending leaves a lease that runs out, and the delivery is attempted again.
 */
final class WebhookWorkers implements AutoCloseable {
    static final Duration POLL = Duration.ofSeconds(1);
    /**
     * Fan-out threads. They take disjoint events (SKIP LOCKED); with one, fanning out (reading, presenting and storing
     * each event) paced the whole delivery pipeline during a backlog while the database still had room.
     */
    static final int DISPATCHERS = 2;
    static final Duration STOP_DEADLINE = Duration.ofSeconds(25);
    private static final String WORKER_THREAD = "parley-webhook-worker-";
    private static final Duration LONGEST_BACKOFF = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(WebhookWorkers.class);

    private final WorkSignal signal;
    private final DeliveryWorker worker;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    private final Predicate<Throwable> databaseUnavailable;

    WebhookWorkers(String instance, WebhookDispatcher dispatcher, DeliveryWorker worker, WorkSignal signal,
                   int workers, Predicate<Throwable> databaseUnavailable) {
        if (workers < 1) {
            throw new IllegalArgumentException("at least one webhook worker is needed");
        }
        this.signal = signal;
        this.worker = worker;
        this.databaseUnavailable = databaseUnavailable;
        for (int i = 1; i <= DISPATCHERS; i++) {
            threads.add(new Thread(() -> loop("dispatcher", () -> dispatcher.dispatch(POLL) > 0), "parley-webhook-dispatcher-" + i));
        }
        for (int i = 1; i <= workers; i++) {
            String owner = instance + "/" + i;
            threads.add(new Thread(() -> loop("worker " + owner, () -> worker.deliverDue(owner, () -> running) > 0), WORKER_THREAD + i));
        }
        worker.recordInBackground();
        threads.add(new Thread(this::recordWhileRunning, "parley-webhook-recorder"));
        for (Thread thread : threads) {
            thread.setDaemon(true);
            thread.start();
        }
    }

    /** A name for this server's lease owners, unique among the servers sharing a database. */
    static String newInstanceName() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + Long.toHexString(ThreadLocalRandom.current().nextLong());
    }

    /** Records the workers' results until they have stopped and nothing is left to record. */
    private void recordWhileRunning() {
        loop("recorder", () -> running || workersAlive() || !worker.nothingToRecord(), () -> {
            worker.recordWaiting(POLL);
            return true;
        });
    }

    private boolean workersAlive() {
        return threads.stream().anyMatch(thread -> thread.isAlive() && thread.getName().startsWith(WORKER_THREAD));
    }

    /** One unit of work; true when it found something to do, so the loop goes on without sleeping. */
    private interface Step {
        boolean run() throws InterruptedException;
    }

    private void loop(String who, Step step) {
        loop(who, () -> running, step);
    }

    /** Runs {@code step} while {@code carryOn} holds, sleeping until signalled when it found nothing, backing off on failures. */
    private void loop(String who, BooleanSupplier carryOn, Step step) {
        FailureBackoff backoff = new FailureBackoff(LOG, "webhook " + who, POLL, LONGEST_BACKOFF, databaseUnavailable);
        while (carryOn.getAsBoolean()) {
            try {
                if (!step.run() && running) {
                    signal.await(POLL);
                }
                backoff.succeeded();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                FailureBackoff.sleep(backoff.failed(e));
            }
        }
    }

    /** Stops claiming, then waits up to {@link #STOP_DEADLINE} for the attempts in flight to be recorded. */
    @Override
    public void close() {
        running = false;
        long deadline = System.nanoTime() + STOP_DEADLINE.toNanos();
        for (Thread thread : threads) {
            try {
                long left = deadline - System.nanoTime();
                if (left > 0) {
                    thread.join(Duration.ofNanos(left));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.stream().filter(Thread::isAlive).forEach(thread ->
                LOG.warn("{} is still attempting a delivery; its lease will run out and the delivery be attempted again", thread.getName()));
        try {
            worker.giveBackHandedOff();
        } catch (RuntimeException e) {
            LOG.warn("handed-off deliveries could not be given back ({}); their leases will run out and they be attempted then",
                    e.getMessage());
        }
    }
}
