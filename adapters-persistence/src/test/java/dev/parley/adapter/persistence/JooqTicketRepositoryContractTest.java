package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.TicketRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The TicketRepository contract against PostgreSQL. */
class JooqTicketRepositoryContractTest extends TicketRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
