package dev.parley.adapter.persistence.shared;

import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A pool whose connections answer {@link Connection#getTransactionIsolation()} from what they were last set to instead
 * of asking the server. jOOQ reads the level at the start of every transaction and PgJDBC answers it with a
 * {@code SHOW TRANSACTION ISOLATION LEVEL} round trip each time. The pool must hand out connections at {@code level}
 * (HikariCP resets a changed level before reusing a connection), and nothing may change it through SQL.
 */
public final class KnownIsolationDataSource implements DataSource {
    private final DataSource pool;
    private final int level;

    public KnownIsolationDataSource(DataSource pool, int level) {
        this.pool = pool;
        this.level = level;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return knowing(pool.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return knowing(pool.getConnection(username, password));
    }

    private Connection knowing(Connection connection) {
        int[] current = {level};
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "getTransactionIsolation" -> {
                            return current[0];
                        }
                        case "setTransactionIsolation" -> {
                            connection.setTransactionIsolation((Integer) args[0]);
                            current[0] = (Integer) args[0];
                            return null;
                        }
                        case "unwrap" -> {
                            return ((Class<?>) args[0]).isInstance(proxy) ? proxy : connection.unwrap((Class<?>) args[0]);
                        }
                        case "equals" -> {
                            return proxy == args[0];
                        }
                        case "hashCode" -> {
                            return System.identityHashCode(proxy);
                        }
                        default -> {
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        }
                    }
                });
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return pool.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return iface.isInstance(this) ? iface.cast(this) : pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return iface.isInstance(this) || pool.isWrapperFor(iface);
    }
}
