package dev.parley.application.contract;

/** The LearnerInsightRepository contract against the in-memory fakes. */
class InMemoryLearnerInsightRepositoryContractTest extends LearnerInsightRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
