package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.CourseOutlineRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The CourseOutlineRepository contract against PostgreSQL. */
class JooqCourseOutlineRepositoryContractTest extends CourseOutlineRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
