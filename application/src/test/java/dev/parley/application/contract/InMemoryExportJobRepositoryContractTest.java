package dev.parley.application.contract;

import dev.parley.application.export.port.out.ExportJobRepository;
import dev.parley.application.fake.InMemoryExportJobRepository;

/** The ExportJobRepository contract against the in-memory fake. */
class InMemoryExportJobRepositoryContractTest extends ExportJobRepositoryContractTest {
    private final InMemoryExportJobRepository jobs = new InMemoryExportJobRepository();

    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }

    @Override
    protected ExportJobRepository exportJobs() {
        return jobs;
    }
}
