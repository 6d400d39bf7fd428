package dev.parley.application.contract;

/** The ApiTokenRepository contract against the in-memory fakes. */
class InMemoryApiTokenRepositoryContractTest extends ApiTokenRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
