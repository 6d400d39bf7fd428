package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.PollRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The PollRepository contract against PostgreSQL. */
class JooqPollRepositoryContractTest extends PollRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
