package dev.parley.application.contract;

/** The LearnerActivityRepository contract against the in-memory fakes. */
class InMemoryLearnerActivityRepositoryContractTest extends LearnerActivityRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
