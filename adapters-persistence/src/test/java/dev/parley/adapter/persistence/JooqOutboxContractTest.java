package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.OutboxContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Outbox contract against PostgreSQL. */
class JooqOutboxContractTest extends OutboxContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
