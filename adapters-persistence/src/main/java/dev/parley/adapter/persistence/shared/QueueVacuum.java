package dev.parley.adapter.persistence.shared;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Vacuums the queue tables where PostgreSQL's autovacuum does not run. Outbox events and webhook deliveries are each
 * updated within seconds of being inserted, and their dead versions pile up in the indexes the dispatcher and workers
 * scan: on an unvacuumed table delivery slowed by a third within 30,000 deliveries. A table is vacuumed once its dead
 * rows reach the threshold V15 sets for autovacuum on it: {@value #THRESHOLD} rows plus {@value #SCALE} of its live
 * ones. Where autovacuum runs, it does this itself and this class is not used.
 */
public final class QueueVacuum {
    static final List<String> TABLES = List.of("outbox_events", "webhook_deliveries");
    static final long THRESHOLD = 1_000;
    static final double SCALE = 0.05;
    private static final String COUNTS = """
            select relname, n_dead_tup, n_live_tup from pg_stat_user_tables
             where schemaname = current_schema() and relname = any(?)
            """;

    private final DSLContext autocommit;

    /** Vacuums through {@code autocommit}, which must not run inside a transaction (VACUUM cannot). */
    public QueueVacuum(DSLContext autocommit) {
        this.autocommit = autocommit;
    }

    /** True when the server's PostgreSQL runs no autovacuum, so the queue tables need this. */
    public boolean needed() {
        return "off".equals(autocommit.fetchValue("select current_setting('autovacuum')"));
    }

    /** Vacuums each queue table whose dead rows reached its threshold; answers the tables vacuumed. */
    public List<String> vacuumWhereDue() {
        List<String> vacuumed = new ArrayList<>();
        for (Record table : autocommit.resultQuery(COUNTS, (Object) TABLES.toArray(String[]::new)).fetch()) {
            String name = table.get(0, String.class);
            if (TABLES.contains(name) && table.get(1, Long.class) >= THRESHOLD + SCALE * table.get(2, Long.class)) {
                autocommit.execute("vacuum " + name);
                vacuumed.add(name);
            }
        }
        return vacuumed;
    }
}
