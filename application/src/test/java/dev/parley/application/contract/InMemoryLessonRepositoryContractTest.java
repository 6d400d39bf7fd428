package dev.parley.application.contract;

/** The LessonRepository contract against the in-memory fakes. */
class InMemoryLessonRepositoryContractTest extends LessonRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
