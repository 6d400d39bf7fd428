package dev.parley.application.webhook;

import dev.parley.application.webhook.DeliveryWorker.Attempted;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Results of attempts waiting for a recorder thread, so that delivery workers go on posting while earlier results are
 * written, those of all workers together (the batch completion River measured at four times the throughput). Bounded:
 * a worker waits while {@link #CAPACITY} results are waiting. Results are recorded in the order they came.
 */
final class WaitingResults {
    static final int CAPACITY = 1024;
    /**
     * How long the recorder lets results gather once the first one waits, unless a whole batch is there sooner: recording
     * each as it came made many small transactions and cost PostgreSQL more per delivery than the workers' own batches.
     */
    static final Duration LINGER = Duration.ofMillis(10);
    private final Deque<Attempted> waiting = new ArrayDeque<>();
    private long added;
    private long recorded;
    private int taken;

    /** Adds a result, waiting while the queue is full; answers its ticket for {@link #awaitRecorded}. */
    synchronized long add(Attempted attempted) throws InterruptedException {
        while (waiting.size() >= CAPACITY) {
            wait();
        }
        waiting.add(attempted);
        if (waiting.size() == 1 || waiting.size() == DeliveryWorker.LARGEST_RECORDING) {
            notifyAll();
        }
        return ++added;
    }

    /**
     * The next results to record, oldest first, at most {@code max}, waiting up to {@code patience} for the first and then
     * up to {@link #LINGER} for more; the same ones again until {@link #recorded()} confirms them (a failed recording is
     * tried again).
     */
    synchronized List<Attempted> next(int max, Duration patience) throws InterruptedException {
        if (!MonitorWait.until(this, () -> !waiting.isEmpty(), patience)) {
            return List.of();
        }
        MonitorWait.until(this, () -> waiting.size() >= max, LINGER);
        List<Attempted> next = new ArrayList<>(Math.min(max, waiting.size()));
        for (Attempted attempted : waiting) {
            if (next.size() == max) {
                break;
            }
            next.add(attempted);
        }
        taken = next.size();
        return next;
    }

    /** Confirms the results {@link #next} handed out last as recorded. */
    synchronized void recorded() {
        for (int i = 0; i < taken; i++) {
            waiting.poll();
        }
        recorded += taken;
        taken = 0;
        notifyAll();
    }

    /** Waits until the result with {@code ticket} and all before it are recorded, at most {@code patience}; answers whether they are. */
    synchronized boolean awaitRecorded(long ticket, Duration patience) throws InterruptedException {
        return MonitorWait.until(this, () -> recorded >= ticket, patience);
    }

    synchronized boolean isEmpty() {
        return waiting.isEmpty();
    }
}
