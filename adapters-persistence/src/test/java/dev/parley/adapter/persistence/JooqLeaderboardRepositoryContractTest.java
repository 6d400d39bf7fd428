package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.LeaderboardRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The LeaderboardRepository contract against PostgreSQL. */
class JooqLeaderboardRepositoryContractTest extends LeaderboardRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
