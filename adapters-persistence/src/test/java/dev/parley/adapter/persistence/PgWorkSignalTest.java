package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.persistence.shared.PgWorkSignal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** LISTEN/NOTIFY as a wake-up call: prompt on commit, never lost while a worker is busy, back after a lost connection. */
class PgWorkSignalTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();
    private static final Duration LONG = Duration.ofSeconds(20);

    private PgWorkSignal signal;

    @BeforeEach
    void listen() {
        signal = DATABASE.module().listen(List.of("parley_test_work"));
        signal.await(LONG);
    }

    @AfterEach
    void close() {
        signal.close();
    }

    @Test
    void a_waiting_worker_wakes_when_a_notification_commits() throws Exception {
        CompletableFuture<Long> waited = CompletableFuture.supplyAsync(() -> millisToAwait(LONG));
        Thread.sleep(200);

        DATABASE.sql().execute("NOTIFY parley_test_work");

        assertThat(waited.get(10, TimeUnit.SECONDS)).isLessThan(5_000);
    }

    @Test
    void notifications_are_counted_per_channel() throws Exception {
        try (PgWorkSignal two = DATABASE.module().listen(List.of("parley_test_a", "parley_test_b"))) {
            two.await(LONG);
            long connected = two.notificationsOn("parley_test_a");
            assertThat(connected).as("connecting counts, as anything sent before was missed").isPositive();

            DATABASE.sql().execute("NOTIFY parley_test_a");
            DATABASE.sql().execute("NOTIFY parley_test_a");
            long deadline = System.nanoTime() + LONG.toNanos();
            while (two.notificationsOn("parley_test_a") < connected + 2 && System.nanoTime() < deadline) {
                two.await(Duration.ofMillis(100));
            }

            assertThat(two.notificationsOn("parley_test_a")).isEqualTo(connected + 2);
            assertThat(two.notificationsOn("parley_test_b")).isEqualTo(connected);
            assertThatThrownBy(() -> two.notificationsOn("parley_test_c")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void without_a_notification_a_wait_ends_after_its_maximum() {
        assertThat(millisToAwait(Duration.ofMillis(300))).isBetween(250L, 5_000L);
    }

    @Test
    void a_notification_that_arrives_while_busy_ends_the_next_wait_at_once() throws Exception {
        DATABASE.sql().execute("NOTIFY parley_test_work");
        Thread.sleep(1_500);

        assertThat(millisToAwait(LONG)).isLessThan(1_000);
        assertThat(millisToAwait(Duration.ofMillis(300))).isGreaterThanOrEqualTo(250);
    }

    @Test
    void a_notification_inside_a_rolled_back_transaction_wakes_nobody() {
        assertThatThrownBy(() -> DATABASE.sql().transaction(tx -> {
            tx.dsl().execute("NOTIFY parley_test_work");
            throw new IllegalStateException("roll back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(millisToAwait(Duration.ofMillis(1_000))).isGreaterThanOrEqualTo(950);
    }

    @Test
    void listening_resumes_after_the_connection_is_killed() throws Exception {
        DATABASE.sql().execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?",
                PgWorkSignal.APPLICATION_NAME);
        signal.await(LONG);
        Thread.sleep(200);
        CompletableFuture<Long> waited = CompletableFuture.supplyAsync(() -> millisToAwait(LONG));
        Thread.sleep(200);

        DATABASE.sql().execute("NOTIFY parley_test_work");

        assertThat(waited.get(15, TimeUnit.SECONDS)).isLessThan(5_000);
    }

    private long millisToAwait(Duration max) {
        long started = System.nanoTime();
        signal.await(max);
        return (System.nanoTime() - started) / 1_000_000;
    }
}
