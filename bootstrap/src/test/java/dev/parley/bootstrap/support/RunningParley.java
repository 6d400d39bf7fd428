package dev.parley.bootstrap.support;

import dev.parley.adapter.persistence.PersistenceModule;
import dev.parley.adapter.persistence.testing.TestDatabase;
import dev.parley.bootstrap.Config;
import dev.parley.bootstrap.ParleyServer;
import dev.parley.bootstrap.TestCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** A real Parley on a random port over a fresh PostgreSQL database, with admin helpers for test set-up. */
public final class RunningParley implements AutoCloseable {
    private final TestDatabase database;
    private ParleyServer server;
    private ApiClient client;

    private RunningParley(TestDatabase database, ParleyServer server) {
        this.database = database;
        this.server = server;
        this.client = new ApiClient(server.port());
    }

    public static RunningParley start() {
        TestDatabase database = TestDatabase.create();
        return new RunningParley(database, startServer(database));
    }

    /** Stops the server, runs {@code whileDown}, and starts a fresh one on the same database, as a redeploy would. */
    public void restart(Runnable whileDown) {
        server.close();
        whileDown.run();
        server = startServer(database);
        client = new ApiClient(server.port());
    }

    /** Another server process on the same database, as a second instance behind a load balancer would be. */
    public ParleyServer startSecondServer() {
        return startServer(database);
    }

    private static ParleyServer startServer(TestDatabase database) {
        Config config = new Config("127.0.0.1", 0, Optional.of(database.jdbcUrl()), database.user(), database.password(),
                Path.of("target", "e2e-data"));
        return ParleyServer.start(config, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    public ApiClient api() {
        return client;
    }

    public int port() {
        return server.port();
    }

    /** Runs an admin CLI command and returns its standard output lines. */
    public List<String> cli(String... args) {
        try (PersistenceModule persistence = PersistenceModule.connect(database.jdbcUrl(), database.user(), database.password())) {
            return TestCli.run(persistence, args);
        }
    }

    public String createOrganization(String slug) {
        return cli("orgs", "create", slug, "--name", "Org " + slug).get(0);
    }

    public String token(String orgSlug, String abilities) {
        return cli("tokens", "create", "--org", orgSlug, "--name", "test", "--abilities", abilities).get(0);
    }

    public String userToken(String orgSlug, String email, String abilities) {
        return cli("tokens", "create", "--org", orgSlug, "--name", "test", "--abilities", abilities, "--user", email).get(0);
    }

    /** Runs a statement directly against the database (for set-up a public API cannot express, such as expiry). */
    public int execute(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    public long count(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
