package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.HousekeepingContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The housekeeping contract against PostgreSQL. */
class JooqHousekeepingContractTest extends HousekeepingContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
