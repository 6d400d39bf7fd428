package dev.parley.application.contract;

/** The CourseRepository contract against the in-memory fakes. */
class InMemoryCourseRepositoryContractTest extends CourseRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
