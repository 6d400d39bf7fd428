package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.LessonRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The LessonRepository contract against PostgreSQL. */
class JooqLessonRepositoryContractTest extends LessonRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
