package dev.parley.adapter.persistence.export;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Reads one export column's cell straight from a JDBC result set, spelled as the Java value's {@code toString} would
 * be (ISO-8601 instants, {@code true}/{@code false}, {@code tkt_} ticket ids), and an empty cell for SQL null.
 */
@FunctionalInterface
interface ExportColumn {
    ExportColumn TEXT = (results, column) -> orEmpty(results.getString(column));
    ExportColumn DECIMAL = (results, column) -> {
        BigDecimal value = results.getBigDecimal(column);
        return value == null ? "" : value.toString();
    };
    ExportColumn FLOATING = (results, column) -> {
        double value = results.getDouble(column);
        return results.wasNull() ? "" : String.valueOf(value);
    };
    ExportColumn BOOLEAN = (results, column) -> {
        boolean value = results.getBoolean(column);
        return results.wasNull() ? "" : String.valueOf(value);
    };
    /** Respells the bytes PostgreSQL sent (see {@link PostgresTimestampText}); only what it does not know is parsed into a date-time. */
    ExportColumn INSTANT = (results, column) -> {
        byte[] sent = results.getBytes(column);
        if (sent == null) {
            return "";
        }
        String spelled = PostgresTimestampText.of(sent);
        return spelled != null ? spelled : InstantText.of(results.getObject(column, OffsetDateTime.class));
    };
    ExportColumn TICKET_ID = (results, column) -> {
        byte[] sent = results.getBytes(column);
        if (sent == null) {
            return "";
        }
        UUID value = PostgresUuid.of(sent);
        return TicketIdText.of(value != null ? value : results.getObject(column, UUID.class));
    };

    String read(ResultSet results, int column) throws SQLException;

    /** The reader for a column whose values jOOQ would map to {@code type}; integers and text are read as the server spells them. */
    static ExportColumn of(Class<?> type) {
        if (type == String.class || type == Long.class || type == Integer.class || type == Short.class) {
            return TEXT;
        } else if (type == BigDecimal.class) {
            return DECIMAL;
        } else if (type == Double.class || type == Float.class) {
            return FLOATING;
        } else if (type == Boolean.class) {
            return BOOLEAN;
        } else if (type == Instant.class) {
            return INSTANT;
        } else if (type == UUID.class) {
            return TICKET_ID;
        }
        throw new IllegalArgumentException("no export column reads " + type.getName());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
