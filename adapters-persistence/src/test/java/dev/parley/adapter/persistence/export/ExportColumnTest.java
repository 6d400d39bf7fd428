package dev.parley.adapter.persistence.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.persistence.MigratedDatabase;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DataType;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
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

    @Test
    void ticketIdsAsTheHelpdeskSpellsThem() {
        UUID id = UUID.fromString("f81d4fae-7dec-11d0-a765-00a0c91e6bf6");
        String expected = "tkt_" + BigInteger.valueOf(id.getMostSignificantBits()).mod(TWO_TO_64).shiftLeft(64)
                .add(BigInteger.valueOf(id.getLeastSignificantBits()).mod(TWO_TO_64)).toString(36);

        assertThat(read("'" + id + "'::uuid", UUID.class)).isEqualTo(expected);
        assertThat(read("null::uuid", UUID.class)).isEmpty();
    }

    private static void assertSameAsJooq(String sql, DataType<?> type) {
        Object value = DATABASE.sql().select(DSL.field(sql, type)).fetchOne(0);
        String before = value == null ? "" : String.valueOf(value);
        assertThat(read(sql, type.getType())).as(sql).isEqualTo(before);
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
