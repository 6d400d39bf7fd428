package dev.parley.application.contract;

/** The IdempotencyRecords contract against the in-memory fakes. */
class InMemoryIdempotencyRecordsContractTest extends IdempotencyRecordsContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
