package dev.parley.application.contract;

/** The DeliveryRepository contract against the in-memory fakes. */
class InMemoryDeliveryRepositoryContractTest extends DeliveryRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
