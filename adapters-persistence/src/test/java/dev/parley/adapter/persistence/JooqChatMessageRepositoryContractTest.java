package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.ChatMessageRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ChatMessageRepository contract against PostgreSQL. */
class JooqChatMessageRepositoryContractTest extends ChatMessageRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
