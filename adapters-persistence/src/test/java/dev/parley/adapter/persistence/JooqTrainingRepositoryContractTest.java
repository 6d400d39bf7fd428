package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.TrainingRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The TrainingRepository contract against PostgreSQL. */
class JooqTrainingRepositoryContractTest extends TrainingRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
