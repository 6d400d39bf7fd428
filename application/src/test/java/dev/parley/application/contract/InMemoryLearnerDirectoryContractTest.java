package dev.parley.application.contract;

/** The LearnerDirectory contract against the in-memory fakes. */
class InMemoryLearnerDirectoryContractTest extends LearnerDirectoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
