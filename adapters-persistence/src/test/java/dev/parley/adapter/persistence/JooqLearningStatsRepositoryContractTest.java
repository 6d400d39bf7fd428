package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.LearningStatsRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The LearningStatsRepository contract against PostgreSQL. */
class JooqLearningStatsRepositoryContractTest extends LearningStatsRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
