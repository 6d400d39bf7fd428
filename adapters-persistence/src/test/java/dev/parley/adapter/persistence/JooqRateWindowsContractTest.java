package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.RateWindowsContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The RateWindows contract against PostgreSQL. */
class JooqRateWindowsContractTest extends RateWindowsContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
