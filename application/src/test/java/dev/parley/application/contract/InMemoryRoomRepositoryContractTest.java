package dev.parley.application.contract;

/** The RoomRepository contract against the in-memory fakes. */
class InMemoryRoomRepositoryContractTest extends RoomRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
