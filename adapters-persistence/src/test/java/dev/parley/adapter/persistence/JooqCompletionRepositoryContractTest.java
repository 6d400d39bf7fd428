package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.CompletionRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CompletionRepository contract against PostgreSQL. */
class JooqCompletionRepositoryContractTest extends CompletionRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
