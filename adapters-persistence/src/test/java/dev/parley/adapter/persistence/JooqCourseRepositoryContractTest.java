package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.CourseRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CourseRepository contract against PostgreSQL. */
class JooqCourseRepositoryContractTest extends CourseRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
