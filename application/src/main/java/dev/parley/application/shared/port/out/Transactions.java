package dev.parley.application.shared.port.out;

import java.util.function.Supplier;

/** Runs work in one database transaction; nested calls join the outer one. */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
