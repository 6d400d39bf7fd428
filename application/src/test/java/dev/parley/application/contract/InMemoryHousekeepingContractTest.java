package dev.parley.application.contract;

/** The housekeeping contract against the in-memory fakes. */
class InMemoryHousekeepingContractTest extends HousekeepingContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
