package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.LearnerDirectoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The LearnerDirectory contract against PostgreSQL. */
class JooqLearnerDirectoryContractTest extends LearnerDirectoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
