package dev.parley.application.contract;

/** The UserAndOrganizationRepository contract against the in-memory fakes. */
class InMemoryUserAndOrganizationRepositoryContractTest extends UserAndOrganizationRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
