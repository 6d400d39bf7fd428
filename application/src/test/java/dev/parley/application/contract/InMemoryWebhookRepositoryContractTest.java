package dev.parley.application.contract;

/** The WebhookRepository contract against the in-memory fakes. */
class InMemoryWebhookRepositoryContractTest extends WebhookRepositoryContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
