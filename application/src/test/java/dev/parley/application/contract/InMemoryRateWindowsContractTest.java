package dev.parley.application.contract;

/** The RateWindows contract against the in-memory fakes. */
class InMemoryRateWindowsContractTest extends RateWindowsContractTest {
    @Override
    protected Adapters adapters() {
        return InMemoryAdapters.create();
    }
}
