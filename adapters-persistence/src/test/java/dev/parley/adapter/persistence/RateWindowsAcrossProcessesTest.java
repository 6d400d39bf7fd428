package dev.parley.adapter.persistence;

import static dev.parley.adapter.persistence.jooq.Tables.RATE_LIMIT_WINDOWS;
import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.persistence.testing.TestDatabase;
import dev.parley.domain.identity.RateWindow.RatePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jooq.CloseableDSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

/** Two modules with their own pools stand in for two server processes sharing one database. */
class RateWindowsAcrossProcessesTest {
    private static final int LIMIT = 25;
    private static final int THREADS_PER_PROCESS = 4;
    private static final int ATTEMPTS_PER_THREAD = 15;

    @Test
    void two_processes_hammering_one_key_admit_exactly_the_limit() throws Exception {
        try (TestDatabase database = TestDatabase.create();
             PersistenceModule first = PersistenceModule.connect(database.jdbcUrl(), database.user(), database.password());
             PersistenceModule second = PersistenceModule.connect(database.jdbcUrl(), database.user(), database.password())) {
            first.migrate();
            ExecutorService threads = Executors.newFixedThreadPool(2 * THREADS_PER_PROCESS);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> admittedPerThread = new ArrayList<>();
            for (int t = 0; t < 2 * THREADS_PER_PROCESS; t++) {
                PersistenceModule process = t % 2 == 0 ? first : second;
                int thread = t;
                admittedPerThread.add(threads.submit(() -> {
                    start.await();
                    int admitted = 0;
                    for (int i = 0; i < ATTEMPTS_PER_THREAD; i++) {
                        if (process.rateWindows().attempt("token:7", RatePolicy.perMinute(LIMIT), T0.plusMillis(100L * i + thread)).admitted()) {
                            admitted++;
                        }
                    }
                    return admitted;
                }));
            }
            start.countDown();
            int admitted = 0;
            for (Future<Integer> future : admittedPerThread) {
                admitted += future.get(60, TimeUnit.SECONDS);
            }
            threads.shutdown();

            assertThat(admitted).isEqualTo(LIMIT);
            try (CloseableDSLContext sql = DSL.using(database.jdbcUrl(), database.user(), database.password())) {
                assertThat(sql.fetchSingle(RATE_LIMIT_WINDOWS).getAdmitted()).hasSize(LIMIT);
            }
        }
    }
}
