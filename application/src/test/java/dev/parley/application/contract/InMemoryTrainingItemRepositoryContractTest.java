package dev.parley.application.contract;

/** The TrainingItemRepository contract against the in-memory fakes. */
class InMemoryTrainingItemRepositoryContractTest extends TrainingItemRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
