package dev.parley.application.webhook;

import dev.parley.application.webhook.port.out.ClaimedDelivery;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Fresh deliveries a server's dispatchers stored already claimed for the server's own workers, waiting in memory for one
 * of them, so a new delivery costs the database no claim. It holds at most {@code capacity}, a few batches, so each is
 * attempted well within its lease; dispatchers reserve places before they take events and hand over after their
 * transaction commits. What a crash leaves here is claimed again, by any server, once the lease runs out.
 */
public final class DeliveryHandOff {
    private final String owner;
    private final int capacity;
    private final Runnable wakeWorkers;
    private final Deque<ClaimedDelivery> waiting = new ArrayDeque<>();
    private int reserved;

    /**
     * A hand-off for deliveries claimed by {@code owner}, holding at most {@code capacity} (0: none, all go through claims),
     * that runs {@code wakeWorkers} after each hand-over.
     */
    public DeliveryHandOff(String owner, int capacity, Runnable wakeWorkers) {
        if (owner.isBlank()) {
            throw new IllegalArgumentException("handed-off deliveries are claimed by a named owner");
        }
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative");
        }
        this.owner = owner;
        this.capacity = capacity;
        this.wakeWorkers = wakeWorkers;
    }

    /** A hand-off with room for as many deliveries as {@code workers} workers take in their largest batches. */
    public static DeliveryHandOff forWorkers(String owner, int workers, Runnable wakeWorkers) {
        return new DeliveryHandOff(owner, workers * DeliveryWorker.LARGEST_BATCH, wakeWorkers);
    }

    /** A hand-off that never holds anything: every delivery is stored unclaimed and claimed by a worker. */
    public static DeliveryHandOff none() {
        return new DeliveryHandOff("none", 0, () -> { });
    }

    /** False for {@link #none()}: nothing is ever handed over, so workers get all their work by claiming. */
    public boolean inUse() {
        return capacity > 0;
    }

    /** The lease owner of every delivery handed over here. */
    public String owner() {
        return owner;
    }

    /** Reserves up to {@code wanted} places for deliveries about to be stored; answers how many it granted. */
    public synchronized int reserve(int wanted) {
        int granted = Math.max(0, Math.min(wanted, capacity - waiting.size() - reserved));
        reserved += granted;
        return granted;
    }

    /**
     * Hands over {@code stored} (committed, claimed by {@link #owner()}) into {@code places} reserved places and frees the
     * places left unused.
     */
    public void handOver(int places, List<ClaimedDelivery> stored) {
        if (stored.size() > places) {
            throw new IllegalArgumentException(stored.size() + " deliveries do not fit into " + places + " reserved places");
        }
        synchronized (this) {
            reserved -= places;
            waiting.addAll(stored);
            notifyAll();
        }
        if (!stored.isEmpty()) {
            wakeWorkers.run();
        }
    }

    /** Takes up to {@code max} waiting deliveries, the earliest handed over first. */
    public synchronized List<ClaimedDelivery> take(int max) {
        List<ClaimedDelivery> taken = new ArrayList<>(Math.min(max, waiting.size()));
        while (taken.size() < max && !waiting.isEmpty()) {
            taken.add(waiting.poll());
        }
        if (!taken.isEmpty()) {
            notifyAll();
        }
        return taken;
    }

    /**
     * Waits until {@code wanted} places (or the whole capacity, if smaller) are free, at most {@code max}, and reserves
     * them in the same step, so that two dispatchers waiting for room never split it into small batches; after waiting in
     * vain it reserves what is free. Answers how many it granted.
     */
    public synchronized int reserve(int wanted, Duration max) throws InterruptedException {
        int needed = Math.min(wanted, capacity);
        MonitorWait.until(this, () -> capacity - waiting.size() - reserved >= needed, max);
        return reserve(wanted);
    }

    /** Empties the hand-off, answering what was waiting (to be given back when the server stops). */
    public synchronized List<ClaimedDelivery> drain() {
        return take(waiting.size());
    }
}
