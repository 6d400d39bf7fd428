package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.UserAndOrganizationRepositoryContractTest;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The UserAndOrganizationRepository contract against PostgreSQL. */
class JooqUserAndOrganizationRepositoryContractTest extends UserAndOrganizationRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }
}
