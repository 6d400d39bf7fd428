package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.AttemptRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AttemptRepository contract against PostgreSQL. */
class JooqAttemptRepositoryContractTest extends AttemptRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
