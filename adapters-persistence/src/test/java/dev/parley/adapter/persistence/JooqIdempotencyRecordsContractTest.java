package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.IdempotencyRecordsContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The IdempotencyRecords contract against PostgreSQL. */
class JooqIdempotencyRecordsContractTest extends IdempotencyRecordsContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
