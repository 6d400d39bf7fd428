package dev.parley.adapter.persistence;

import dev.parley.application.contract.Adapters;
import dev.parley.application.contract.ExportJobRepositoryContractTest;
import dev.parley.application.export.port.out.ExportJobRepository;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The ExportJobRepository contract against PostgreSQL. */
class JooqExportJobRepositoryContractTest extends ExportJobRepositoryContractTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    @Override
    protected Adapters adapters() {
        return DATABASE.emptyAdapters();
    }

    @Override
    protected ExportJobRepository exportJobs() {
        return DATABASE.module().exportJobs();
    }
}
