package dev.parley.application.contract;

/** The PollRepository contract against the in-memory fakes. */
class InMemoryPollRepositoryContractTest extends PollRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
