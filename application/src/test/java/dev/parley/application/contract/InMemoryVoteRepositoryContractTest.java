package dev.parley.application.contract;

/** The VoteRepository contract against the in-memory fakes. */
class InMemoryVoteRepositoryContractTest extends VoteRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
