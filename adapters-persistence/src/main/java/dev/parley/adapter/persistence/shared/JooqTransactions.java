package dev.parley.adapter.persistence.shared;

import dev.parley.application.shared.port.out.Transactions;
import java.util.function.Supplier;
import org.jooq.DSLContext;

/** Runs work in one jOOQ transaction bound to the calling thread; a nested call joins the outer transaction. */
public final class JooqTransactions implements Transactions {
    private final DSLContext dsl;
    private final ThreadLocal<Boolean> active = ThreadLocal.withInitial(() -> false);

    /** {@code dsl} must use a {@code ThreadLocalTransactionProvider}, so repositories on the thread share the connection. */
    public JooqTransactions(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (active.get()) {
            return work.get();
        }
        active.set(true);
        try {
            return dsl.transactionResult(work::get);
        } finally {
            active.remove();
        }
    }
}
