package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.parley.adapter.persistence.shared.KnownIsolationDataSource;
import dev.parley.adapter.persistence.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The level a connection reports without asking the server is the level the server actually runs it at. */
class KnownIsolationDataSourceTest {
    private static String serverLevel(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet level = statement.executeQuery("show transaction_isolation")) {
            level.next();
            return level.getString(1);
        }
    }

    @Test
    void reports_the_pools_level_and_a_changed_one_and_the_pool_resets_it_before_reuse() throws SQLException {
        HikariConfig config = new HikariConfig();
        try (TestDatabase database = TestDatabase.create()) {
            config.setJdbcUrl(database.jdbcUrl());
            config.setUsername(database.user());
            config.setPassword(database.password());
            config.setMaximumPoolSize(1);
            config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
            try (HikariDataSource pool = new HikariDataSource(config)) {
                KnownIsolationDataSource known = new KnownIsolationDataSource(pool, Connection.TRANSACTION_READ_COMMITTED);
                try (Connection connection = known.getConnection()) {
                    assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
                    assertThat(serverLevel(connection)).isEqualTo("read committed");

                    connection.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);

                    assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
                    assertThat(serverLevel(connection)).isEqualTo("serializable");
                }
                try (Connection reused = known.getConnection()) {
                    assertThat(reused.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
                    assertThat(serverLevel(reused)).isEqualTo("read committed");
                }
            }
        }
    }
}
