package dev.parley.application.contract;

/** The AchievementRepository contract against the in-memory fakes. */
class InMemoryAchievementRepositoryContractTest extends AchievementRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
