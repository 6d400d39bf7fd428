package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.ApiTokenRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ApiTokenRepository contract against PostgreSQL. */
class JooqApiTokenRepositoryContractTest extends ApiTokenRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
