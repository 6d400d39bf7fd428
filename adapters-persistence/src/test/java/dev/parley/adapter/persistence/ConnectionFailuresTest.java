package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.parley.adapter.persistence.shared.ConnectionFailures;
import dev.parley.adapter.persistence.testing.TestDatabase;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.SQLTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.junit.jupiter.api.Test;

class ConnectionFailuresTest {
    @Test
    void the_pools_timeout_and_connection_states_anywhere_in_the_causes_are_connection_failures() {
        assertThat(ConnectionFailures.isConnectionFailure(new DataAccessException("x",
                new SQLTransientConnectionException("parley - Connection is not available, request timed out after 2000ms")))).isTrue();
        assertThat(ConnectionFailures.isConnectionFailure(new DataAccessException("x", new SQLException("I/O error", "08006")))).isTrue();
        assertThat(ConnectionFailures.isConnectionFailure(new SQLException("terminating connection", "57P01"))).isTrue();
        RuntimeException rolledBack = new IllegalStateException("rollback failed");
        rolledBack.addSuppressed(new SQLException("refused", "08001"));
        assertThat(ConnectionFailures.isConnectionFailure(rolledBack)).isTrue();
    }

    @Test
    void ordinary_sql_errors_are_not() {
        assertThat(ConnectionFailures.isConnectionFailure(new DataAccessException("x", new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(ConnectionFailures.isConnectionFailure(new DataAccessException("x", new SQLException("syntax", "42601")))).isFalse();
        assertThat(ConnectionFailures.isConnectionFailure(new DataAccessException("x", new SQLException("serialization", "40001")))).isFalse();
        assertThat(ConnectionFailures.isConnectionFailure(new IllegalStateException("bug"))).isFalse();
    }

    @Test
    void a_real_refused_connection_is_one_and_a_real_sql_error_is_not() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String unreachable = "jdbc:postgresql://127.0.0.1:" + closedPort + "/parley";
        Throwable refused = catchFailure(() -> PersistenceModule.connect(unreachable, "postgres", "").close());
        assertThat(ConnectionFailures.isConnectionFailure(refused)).as(String.valueOf(refused)).isTrue();

        try (TestDatabase database = TestDatabase.create();
             Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             Statement statement = connection.createStatement()) {
            SQLException missingTable = catchThrowableOfType(SQLException.class,
                    () -> statement.execute("select * from no_such_table"));
            assertThat(ConnectionFailures.isConnectionFailure(new DataAccessException("x", missingTable))).isFalse();
        }
    }

    private static Throwable catchFailure(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("expected a failure");
    }
}
