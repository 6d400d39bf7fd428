package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.TrainingItemRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The TrainingItemRepository contract against PostgreSQL. */
class JooqTrainingItemRepositoryContractTest extends TrainingItemRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
