package dev.parley.application.contract;

/** The Outbox contract against the in-memory fakes. */
class InMemoryOutboxContractTest extends OutboxContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
