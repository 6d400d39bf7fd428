package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.WebhookRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The WebhookRepository contract against PostgreSQL. */
class JooqWebhookRepositoryContractTest extends WebhookRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
