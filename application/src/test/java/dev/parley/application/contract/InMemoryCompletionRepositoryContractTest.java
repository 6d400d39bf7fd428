package dev.parley.application.contract;

/** The CompletionRepository contract against the in-memory fakes. */
class InMemoryCompletionRepositoryContractTest extends CompletionRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
