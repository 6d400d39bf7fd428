package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.LearnerActivityRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The LearnerActivityRepository contract against PostgreSQL. */
class JooqLearnerActivityRepositoryContractTest extends LearnerActivityRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
