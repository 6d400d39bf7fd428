package dev.parley.application.contract;

/** The OutboxReader contract against the in-memory fakes. */
class InMemoryOutboxReaderContractTest extends OutboxReaderContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
