package dev.parley.adapter.persistence.shared;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Tells a failure to reach PostgreSQL from a failed statement: somewhere among its causes (and suppressed exceptions)
 * is the pool's timeout for a connection ({@link SQLTransientConnectionException}), an SQL state of class 08
 * (connection exception: refused, broken, lost), or the server shutting down or starting up (57P01 to 57P03). An
 * ordinary SQL error (a constraint, a syntax error, a serialization failure) is not one.
 */
public final class ConnectionFailures {
    private static final Set<String> SERVER_GOING_AWAY = Set.of("57P01", "57P02", "57P03");

    private ConnectionFailures() {
    }

    public static boolean isConnectionFailure(Throwable failure) {
        return search(failure, new IdentityHashMap<>());
    }

    private static boolean search(Throwable failure, Map<Throwable, Boolean> seen) {
        if (failure == null || seen.put(failure, Boolean.TRUE) != null) {
            return false;
        }
        if (failure instanceof SQLTransientConnectionException) {
            return true;
        }
        if (failure instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
            return true;
        }
        for (Throwable suppressed : failure.getSuppressed()) {
            if (search(suppressed, seen)) {
                return true;
            }
        }
        if (failure instanceof SQLException sql && search(sql.getNextException(), seen)) {
            return true;
        }
        return search(failure.getCause(), seen);
    }

    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08") || SERVER_GOING_AWAY.contains(state));
    }
}
