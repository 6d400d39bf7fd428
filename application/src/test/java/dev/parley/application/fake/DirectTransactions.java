package dev.parley.application.fake;

import dev.parley.application.shared.port.out.Transactions;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/** Runs work inline, counting the outermost transactions begun; nothing is rolled back. */
public final class DirectTransactions implements Transactions {
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);
    private final AtomicInteger begun = new AtomicInteger();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (depth.get() == 0) {
            begun.incrementAndGet();
        }
        depth.set(depth.get() + 1);
        try {
            return work.get();
        } finally {
            depth.set(depth.get() - 1);
        }
    }

    public int begun() {
        return begun.get();
    }
}
