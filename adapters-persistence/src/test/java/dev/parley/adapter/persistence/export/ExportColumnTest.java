package dev.parley.adapter.persistence.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.persistence.MigratedDatabase;
import java.math.BigInteger;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DataType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.postgresql.PGStatement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Cells read straight from JDBC spell every value exactly as the jOOQ value's {@code toString} did before. */
class ExportColumnTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    @Test
    void textAndIntegersAsTheServerSpellsThem() {
        for (String sql : new String[] {"'plain'", "'=1+2'", "''", "'漢字, \"quoted\"'", "null::text", "42::bigint", "-7::int",
                "9223372036854775807::bigint", "null::bigint"}) {
            assertSameAsJooq(sql, sql.endsWith("int") ? SQLDataType.BIGINT : SQLDataType.VARCHAR);
        }
        assertSameAsJooq("(select count(*) from generate_series(1, 3))", SQLDataType.INTEGER);
    }

    @Test
    void booleansAsTrueOrFalse() {
        for (String sql : new String[] {"true", "false", "null::boolean"}) {
            assertSameAsJooq(sql, SQLDataType.BOOLEAN);
        }
    }

    @Test
    void floatingPointAndDecimalsAsJavaSpellsThem() {
        for (String sql : new String[] {"1::float8", "0.5::float8", "0.1::float8", "1e-7::float8", "1e22::float8", "-0.0::float8",
                "0.30000000000000004::float8", "null::float8"}) {
            assertSameAsJooq(sql, SQLDataType.DOUBLE);
        }
        for (String sql : new String[] {"(select coalesce(sum(x), 0) from generate_series(1, 4) x)", "0::numeric", "12345678901234567890::numeric",
                "null::numeric"}) {
            assertSameAsJooq(sql, SQLDataType.NUMERIC);
        }
    }

    @Test
    void instantsInIso8601Utc() {
        for (String sql : new String[] {"timestamptz '2024-03-15 14:23:00.123456+00'", "timestamptz '2024-03-15 14:23:00+00'",
                "timestamptz '2024-03-15 16:23:00.1+02'", "timestamptz '1999-12-31 23:59:59.999+00'", "null::timestamptz"}) {
            assertSameAsJooq(sql, SQLDataType.INSTANT);
        }
    }

    /** Whatever the session's time zone, and whether the driver reads the column as text or (once prepared) in binary. */
    @Test
    void randomInstantsInAnyTimeZoneAndTransferLikeTheSlowWay() {
        for (String zone : new String[] {"UTC", "Asia/Kolkata", "America/St_Johns", "Europe/Amsterdam", "Pacific/Chatham", "America/Los_Angeles"}) {
            for (boolean binary : new boolean[] {false, true}) {
                int[] sentAsText = {0};
                int rows = readEach(zone, binary, "select timestamptz '0001-01-03 00:00:00+00' + random() * interval '9997 years', "
                        + "timestamptz '1850-01-01 00:00:00+00' + date_trunc('second', random() * interval '200 years') "
                        + "from generate_series(1, 5000) union all select 'infinity'::timestamptz, '-infinity'::timestamptz "
                        + "union all select timestamptz '0044-03-15 12:00:00+00 BC', null", results -> {
                    for (int column = 1; column <= 2; column++) {
                        OffsetDateTime value = results.getObject(column, OffsetDateTime.class);
                        int read = column;
                        String slowWay = outcome(() -> value == null ? "" : InstantText.of(value));
                        assertThat(outcome(() -> ExportColumn.INSTANT.read(results, read))).as("%s in %s", value, zone).isEqualTo(slowWay);
                        byte[] sent = results.getBytes(column);
                        sentAsText[0] += sent != null && sent.length > 9 ? 1 : 0;
                    }
                });
                assertThat(rows).isEqualTo(5002);
                assertThat(sentAsText[0] > 0).as("values sent as text in %s", zone).isEqualTo(!binary);
            }
        }
    }

    @Test
    void randomTicketIdsInTextAndBinaryLikeTheSlowWay() {
        for (boolean binary : new boolean[] {false, true}) {
            int rows = readEach("UTC", binary, "select gen_random_uuid() from generate_series(1, 5000)", results -> {
                String slowWay = TicketIdText.of(results.getObject(1, UUID.class));
                assertThat(ExportColumn.TICKET_ID.read(results, 1)).isEqualTo(slowWay);
                assertThat(results.getBytes(1).length).isEqualTo(binary ? 16 : 36);
            });
            assertThat(rows).isEqualTo(5000);
        }
    }

    @Test
    void ticketIdsAsTheHelpdeskSpellsThem() {
        UUID id = UUID.fromString("f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
        String expected = "tkt_" + BigInteger.valueOf(id.getMostSignificantBits()).mod(TWO_TO_64).shiftLeft(64)
                .add(BigInteger.valueOf(id.getLeastSignificantBits()).mod(TWO_TO_64)).toString(36);

        assertThat(read("'" + id + "'::uuid", UUID.class)).isEqualTo(expected);
        assertThat(read("null::uuid", UUID.class)).isEmpty();
    }

    /** In text and, as export queries ask for it, in binary. */
    private static void assertSameAsJooq(String sql, DataType<?> type) {
        Object value = DATABASE.sql().select(DSL.field(sql, type)).fetchOne(0);
        String before = value == null ? "" : String.valueOf(value);
        assertThat(read(sql, type.getType())).as(sql).isEqualTo(before);
        for (String zone : new String[] {"UTC", "Asia/Kolkata"}) {
            int rows = readEach(zone, true, "select " + sql, results -> assertThat(ExportColumn.of(type.getType()).read(results, 1))
                    .as("%s in binary", sql).isEqualTo(before));
            assertThat(rows).isEqualTo(1);
        }
    }

    private interface Cell {
        String read() throws SQLException;
    }

    /** The cell, or which exception reading it threw, so a fast way is held to the slow way's failures too. */
    private static String outcome(Cell cell) throws SQLException {
        try {
            return cell.read();
        } catch (RuntimeException e) {
            return "threw " + e.getClass().getName();
        }
    }

    private interface RowCheck {
        void check(ResultSet results) throws SQLException;
    }

    /** Runs the query in the session time zone, forcing binary transfer if asked, and checks each row; how many rows it read. */
    private static int readEach(String zone, boolean binary, String sql, RowCheck check) {
        int[] rows = {0};
        DATABASE.sql().connection(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("set time zone '" + zone + "'");
            }
            try (PreparedStatement statement = connection.prepareStatement(sql + (binary ? " -- binary" : " -- text"))) {
                statement.unwrap(PGStatement.class).setPrepareThreshold(binary ? -1 : 0);
                try (ResultSet results = statement.executeQuery()) {
                    while (results.next()) {
                        check.check(results);
                        rows[0]++;
                    }
                }
            } finally {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("reset time zone");
                }
            }
        });
        return rows[0];
    }

    private static String read(String sql, Class<?> type) {
        AtomicReference<String> cell = new AtomicReference<>();
        DATABASE.sql().connection(connection -> {
            try (Statement statement = connection.createStatement(); ResultSet results = statement.executeQuery("select " + sql)) {
                results.next();
                cell.set(ExportColumn.of(type).read(results, 1));
            }
        });
        return cell.get();
    }
}
