package dev.parley.application.contract;

/** The CourseOutlineRepository contract against the in-memory fakes. */
class InMemoryCourseOutlineRepositoryContractTest extends CourseOutlineRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
