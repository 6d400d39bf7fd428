package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.AchievementRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The AchievementRepository contract against PostgreSQL. */
class JooqAchievementRepositoryContractTest extends AchievementRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
