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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A real Parley on a random port over a fresh PostgreSQL database, with admin helpers for test set-up. Its settings are
 * the {@code PARLEY_*} variables a test passes over these defaults: loopback, a random port, the test database, and
 * {@code target/e2e-data} as the data directory.
 */
public final class RunningParley implements AutoCloseable {
    private static final Path DATA_DIR = Path.of("target", "e2e-data");

    private final TestDatabase database;
    private final UnaryOperator<String> serverDatabaseUrl;
    private final Map<String, String> settings;
    private ParleyServer server;
    private ApiClient client;

    private RunningParley(TestDatabase database, UnaryOperator<String> serverDatabaseUrl, Map<String, String> settings) {
        this.database = database;
        this.serverDatabaseUrl = serverDatabaseUrl;
        this.settings = Map.copyOf(settings);
        this.server = startServer();
        this.client = new ApiClient(server.port());
    }

    public static RunningParley start() {
        return start(Map.of());
    }

    /** A server with these {@code PARLEY_*} settings, such as {@code PARLEY_OUTBOUND_ALLOW_CIDRS}, over the defaults. */
    public static RunningParley start(Map<String, String> settings) {
        return start(settings, UnaryOperator.identity());
    }

    /**
     * A server that reaches its fresh database at the URL {@code serverDatabaseUrl} makes of the database's own (such as
     * through a {@link TcpProxy}); the admin helpers ({@link #cli}, {@link #execute}, {@link #count}) connect directly.
     */
    public static RunningParley start(Map<String, String> settings, UnaryOperator<String> serverDatabaseUrl) {
        TestDatabase database = TestDatabase.create();
        try {
            return new RunningParley(database, serverDatabaseUrl, settings);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** Stops the server, runs {@code whileDown}, and starts a fresh one on the same database, as a redeploy would. */
    public void restart(Runnable whileDown) {
        server.close();
        whileDown.run();
        server = startServer();
        client = new ApiClient(server.port());
    }

    /** Another server process on the same database, as a second instance behind a load balancer would be. */
    public ParleyServer startSecondServer() {
        return startServer();
    }

    private ParleyServer startServer() {
        return ParleyServer.start(config(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    }

    /** The settings a server of this test runs with, as {@link Config} reads them from the environment. */
    public Config config() {
        Map<String, String> env = new HashMap<>(Map.of(
                "PARLEY_HTTP_HOST", "127.0.0.1",
                "PARLEY_HTTP_PORT", "0",
                "PARLEY_DATABASE_URL", serverDatabaseUrl.apply(database.jdbcUrl()),
                "PARLEY_DATABASE_USER", database.user(),
                "PARLEY_DATABASE_PASSWORD", database.password(),
                "PARLEY_DATA_DIR", DATA_DIR.toString()));
        env.putAll(settings);
        return Config.fromEnvironment(env);
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

    /** The first column of the first row a query answers, or null when it answers no row. */
    public Object value(String sql, Object... parameters) {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getObject(1) : null;
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
