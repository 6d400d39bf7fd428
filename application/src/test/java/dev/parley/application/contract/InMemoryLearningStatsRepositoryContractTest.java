package dev.parley.application.contract;

/** The LearningStatsRepository contract against the in-memory fakes. */
class InMemoryLearningStatsRepositoryContractTest extends LearningStatsRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
