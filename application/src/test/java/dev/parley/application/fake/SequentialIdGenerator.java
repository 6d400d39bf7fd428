package dev.parley.application.fake;

import dev.parley.application.shared.port.out.IdGenerator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/** Deterministic ids: longs counting up from a start, UUIDs {@code 00000000-0000-4000-8000-<n>} in creation order. */
public final class SequentialIdGenerator implements IdGenerator {
    private final AtomicLong nextLong;
    private final AtomicLong nextUuid = new AtomicLong(1);

    public SequentialIdGenerator() {
        this(1);
    }

    public SequentialIdGenerator(long firstLong) {
        this.nextLong = new AtomicLong(firstLong);
    }

    @Override
    public UUID newUuid() {
        return uuid(nextUuid.getAndIncrement());
    }

    /** The next of the same sequence as {@link #newUuid()}, which sorts by creation already. */
    @Override
    public UUID newTimeOrderedUuid() {
        return newUuid();
    }

    @Override
    public long newLongId() {
        return nextLong.getAndIncrement();
    }

    /** The n-th UUID this generator hands out. */
    public static UUID uuid(long n) {
        return UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
    }
}
