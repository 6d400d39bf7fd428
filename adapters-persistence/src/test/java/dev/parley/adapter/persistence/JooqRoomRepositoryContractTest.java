package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.RoomRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The RoomRepository contract against PostgreSQL. */
class JooqRoomRepositoryContractTest extends RoomRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
