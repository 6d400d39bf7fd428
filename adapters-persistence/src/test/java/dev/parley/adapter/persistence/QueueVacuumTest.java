package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.persistence.shared.QueueVacuum;
import java.time.Duration;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Vacuuming the queue tables by their dead rows, as autovacuum would with V15's thresholds. */
class QueueVacuumTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();

    private DSLContext sql;
    private QueueVacuum vacuum;

    @BeforeEach
    void empty() {
        DATABASE.emptyAdapters();
        sql = DATABASE.sql();
        vacuum = DATABASE.module().queueVacuum();
        sql.execute("vacuum outbox_events");
    }

    /** Inserts {@code count} events and publishes them, leaving as many dead row versions. */
    private void publishEvents(int count) {
        sql.execute("insert into outbox_events (organization_id, type, payload, occurred_at) "
                + "select 1, 'ticket.created', '{}', now() from generate_series(1, " + count + ")");
        sql.execute("update outbox_events set published_at = now() where published_at is null");
    }

    private long deadEvents() {
        return dead("outbox_events");
    }

    private long dead(String table) {
        return sql.resultQuery("select n_dead_tup from pg_stat_user_tables where relname = ? and schemaname = current_schema()", table)
                .fetchOne(0, Long.class);
    }

    private void awaitDeadEvents(long count) throws InterruptedException {
        awaitDead("outbox_events", count);
    }

    /** Waits until the statistics show at least {@code count} dead rows in {@code table} (they are flushed about once a second). */
    private void awaitDead(String table, long count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (dead(table) < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(dead(table)).isGreaterThanOrEqualTo(count);
    }

    @Test
    void a_queue_table_is_vacuumed_once_its_dead_rows_pass_the_threshold_and_not_before() throws InterruptedException {
        publishEvents(800);
        awaitDeadEvents(800);

        assertThat(vacuum.vacuumWhereDue()).as("800 dead rows are below 1,000 plus 5 % of the live ones").isEmpty();

        publishEvents(1_200);
        awaitDeadEvents(2_000);
        assertThat(vacuum.vacuumWhereDue()).containsExactly("outbox_events");
        assertThat(deadEvents()).isLessThan(100);
        assertThat(vacuum.vacuumWhereDue()).isEmpty();
    }

    @Test
    void only_the_queue_tables_are_ever_vacuumed() throws InterruptedException {
        sql.execute("insert into rate_limit_windows (key, admitted, updated_at) select 'k' || g, '{1}', now() from generate_series(1, 3000) g");
        sql.execute("update rate_limit_windows set admitted = '{1, 2}'");
        publishEvents(2_500);
        awaitDead("rate_limit_windows", 3_000);
        awaitDeadEvents(2_500);

        assertThat(vacuum.vacuumWhereDue()).isEqualTo(List.of("outbox_events"));
    }
}
