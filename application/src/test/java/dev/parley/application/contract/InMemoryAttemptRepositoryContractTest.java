package dev.parley.application.contract;

/** The AttemptRepository contract against the in-memory fakes. */
class InMemoryAttemptRepositoryContractTest extends AttemptRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
