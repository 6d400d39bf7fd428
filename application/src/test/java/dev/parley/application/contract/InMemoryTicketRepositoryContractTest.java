package dev.parley.application.contract;

/** The TicketRepository contract against the in-memory fakes. */
class InMemoryTicketRepositoryContractTest extends TicketRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
