package dev.parley.adapter.persistence.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;

/**
 * A fresh, empty PostgreSQL database {@code parley_test_<random>} for one test run, dropped on close. The server is
 * 127.0.0.1:5432 as {@code postgres} unless {@code PARLEY_TEST_PG_URL_BASE} (e.g.
 * {@code jdbc:postgresql://127.0.0.1:5432/}), {@code PARLEY_TEST_PG_USER} or {@code PARLEY_TEST_PG_PASSWORD} say otherwise.
 */
public final class TestDatabase implements AutoCloseable {
    private static final String DEFAULT_URL_BASE = "jdbc:postgresql://127.0.0.1:5432/";
    private static final String ADMIN_DATABASE = "postgres";

    private final String urlBase;
    private final String name;
    private final String user;
    private final String password;

    private TestDatabase(String urlBase, String name, String user, String password) {
        this.urlBase = urlBase;
        this.name = name;
        this.user = user;
        this.password = password;
    }

    public static TestDatabase create() {
        String base = env("PARLEY_TEST_PG_URL_BASE").orElse(DEFAULT_URL_BASE);
        String urlBase = base.endsWith("/") ? base : base + "/";
        String name = "parley_test_" + UUID.randomUUID().toString().replace("-", "");
        TestDatabase database = new TestDatabase(urlBase, name,
                env("PARLEY_TEST_PG_USER").orElse("postgres"), env("PARLEY_TEST_PG_PASSWORD").orElse(""));
        database.admin("create database " + name);
        return database;
    }

    public String jdbcUrl() {
        return urlBase + name;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String name() {
        return name;
    }

    /** Drops the database, ending any connection still open to it. */
    @Override
    public void close() {
        admin("drop database if exists " + name + " with (force)");
    }

    private void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(urlBase + ADMIN_DATABASE, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on " + urlBase + ADMIN_DATABASE, e);
        }
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(value -> !value.isBlank());
    }
}
