package dev.parley.application.contract;

/** The TrainingRepository contract against the in-memory fakes. */
class InMemoryTrainingRepositoryContractTest extends TrainingRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
