package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.DeliveryRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The DeliveryRepository contract against PostgreSQL. */
class JooqDeliveryRepositoryContractTest extends DeliveryRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
