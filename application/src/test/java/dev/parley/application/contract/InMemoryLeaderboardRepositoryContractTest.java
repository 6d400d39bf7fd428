package dev.parley.application.contract;

/** The LeaderboardRepository contract against the in-memory fakes. */
class InMemoryLeaderboardRepositoryContractTest extends LeaderboardRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
