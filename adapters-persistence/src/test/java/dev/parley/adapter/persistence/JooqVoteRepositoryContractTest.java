package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.VoteRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The VoteRepository contract against PostgreSQL. */
class JooqVoteRepositoryContractTest extends VoteRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
