package dev.parley.adapter.persistence;

import dev.parley.adapter.persistence.jooq.DefaultSchema;
import dev.parley.adapter.persistence.testing.TestDatabase;
import dev.parley.application.contract.Adapters;
import org.jooq.CloseableDSLContext;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated fresh database and a {@link PersistenceModule} on it for one test class and its nested classes, which
 * run the callbacks again; emptied per test on request.
 */
public final class MigratedDatabase implements BeforeAllCallback, AfterAllCallback {
    private int depth;
    private TestDatabase database;
    private PersistenceModule module;
    private CloseableDSLContext sql;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (depth++ > 0) {
            return;
        }
        database = TestDatabase.create();
        module = PersistenceModule.connect(database.jdbcUrl(), database.user(), database.password());
        module.migrate();
        sql = DSL.using(database.jdbcUrl(), database.user(), database.password());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (--depth > 0) {
            return;
        }
        try {
            if (sql != null) {
                sql.close();
            }
            if (module != null) {
                module.close();
            }
        } finally {
            if (database != null) {
                database.close();
            }
        }
    }

    /** Empties every table, then hands out the module's adapters. */
    public Adapters emptyAdapters() {
        sql.truncate(DefaultSchema.DEFAULT_SCHEMA.getTables()).restartIdentity().cascade().execute();
        return new JooqAdapters(module, sql);
    }

    public PersistenceModule module() {
        return module;
    }

    public TestDatabase database() {
        return database;
    }

    /** A direct connection for checks that must look past the module. */
    public DSLContext sql() {
        return sql;
    }
}
