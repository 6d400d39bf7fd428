package dev.parley.bootstrap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the database: the configured URL if there is one; otherwise an embedded PostgreSQL under the data
 * directory for a normal user, or the local server at 127.0.0.1:5432 for root (PostgreSQL refuses to run as root).
 */
public final class DatabaseLocator {
    public static final String DATABASE_NAME = "parley";
    static final String LOCAL_SERVER = "jdbc:postgresql://127.0.0.1:5432/";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseLocator.class);

    private DatabaseLocator() {
    }

    public static DatabaseLocation locate(Config config) {
        if (config.databaseUrl().isPresent()) {
            return new DatabaseLocation(config.databaseUrl().get(), config.databaseUser(), config.databasePassword(), () -> { });
        }
        return isRoot() ? localServer() : embedded(config.dataDir());
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static DatabaseLocation localServer() {
        try (Connection admin = DriverManager.getConnection(LOCAL_SERVER + "postgres", "postgres", "")) {
            ensureDatabase(admin);
        } catch (SQLException e) {
            throw new ConfigurationError("No database configured and none answers at 127.0.0.1:5432 as user postgres ("
                    + e.getMessage() + "). Set PARLEY_DATABASE_URL (e.g. jdbc:postgresql://host:5432/parley), "
                    + "PARLEY_DATABASE_USER and PARLEY_DATABASE_PASSWORD.", e);
        }
        LOG.info("Using the local PostgreSQL server at 127.0.0.1:5432, database {}", DATABASE_NAME);
        return new DatabaseLocation(LOCAL_SERVER + DATABASE_NAME, "postgres", "", () -> { });
    }

    private static DatabaseLocation embedded(Path dataDir) {
        try {
            Path pgData = dataDir.resolve("postgres");
            Files.createDirectories(pgData);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgData)
                    .setCleanDataDirectory(false)
                    .start();
            try (Connection admin = postgres.getPostgresDatabase().getConnection()) {
                ensureDatabase(admin);
            }
            LOG.info("Using an embedded PostgreSQL under {}", pgData.toAbsolutePath());
            return new DatabaseLocation(postgres.getJdbcUrl("postgres", DATABASE_NAME), "postgres", "", postgres);
        } catch (IOException | SQLException | RuntimeException e) {
            throw new ConfigurationError("Could not start an embedded PostgreSQL under " + dataDir.toAbsolutePath()
                    + " (" + e.getMessage() + "). Set PARLEY_DATABASE_URL, PARLEY_DATABASE_USER and PARLEY_DATABASE_PASSWORD "
                    + "to use an existing server.", e);
        }
    }

    private static void ensureDatabase(Connection admin) throws SQLException {
        try (PreparedStatement exists = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE_NAME);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
        }
        try (Statement create = admin.createStatement()) {
            create.execute("create database " + DATABASE_NAME);
        } catch (SQLException raced) {
            if (!"42P04".equals(raced.getSQLState())) {
                throw raced;
            }
        }
    }
}
