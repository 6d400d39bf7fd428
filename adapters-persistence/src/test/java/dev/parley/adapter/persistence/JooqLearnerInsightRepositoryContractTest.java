package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.LearnerInsightRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The LearnerInsightRepository contract against PostgreSQL. */
class JooqLearnerInsightRepositoryContractTest extends LearnerInsightRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
