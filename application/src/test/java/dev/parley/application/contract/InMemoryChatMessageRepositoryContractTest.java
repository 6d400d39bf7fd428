package dev.parley.application.contract;

/** The ChatMessageRepository contract against the in-memory fakes. */
class InMemoryChatMessageRepositoryContractTest extends ChatMessageRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
