package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.OutboxReaderContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The OutboxReader contract against PostgreSQL. */
class JooqOutboxReaderContractTest extends OutboxReaderContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
