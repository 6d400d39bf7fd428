package dev.parley.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.adapter.persistence.shared.InstantConverter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Times bound as microseconds since 1970 come back in SQL as exactly the timestamps they would have been bound as. */
class EpochMicrosTest {
    @RegisterExtension
    static final MigratedDatabase DATABASE = new MigratedDatabase();
    private static final InstantConverter INSTANTS = new InstantConverter();
    /** 2^53 microseconds after 1970, in 2255: below it a bigint times an interval stays exact in PostgreSQL's doubles. */
    private static final Instant EXACT_UNTIL = Instant.EPOCH.plusNanos(1000L * (1L << 53));

    @Test
    void microsecondsSince1970TurnBackIntoTheSameTimestamps() throws SQLException {
        Random random = new Random(7);
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.parse("1969-12-31T23:59:59.999999999Z"),
                Instant.parse("2024-03-15T14:23:00.123456789Z"), Instant.now(), EXACT_UNTIL.minusNanos(1)));
        for (int i = 0; i < 2_000; i++) {
            instants.add(Instant.EPOCH.plusNanos(Math.floorMod(random.nextLong(), 1000L * (1L << 53))));
        }
        Long[] micros = instants.stream().map(InstantConverter::epochMicros).toArray(Long[]::new);

        try (Connection connection = DriverManager.getConnection(DATABASE.database().jdbcUrl(), DATABASE.database().user(),
                DATABASE.database().password());
             PreparedStatement statement = connection.prepareStatement(
                     "select timestamptz 'epoch' + m * interval '1 microsecond' from unnest(cast(? as bigint[])) with ordinality as t (m, n) order by n")) {
            statement.setArray(1, connection.createArrayOf("int8", micros));
            try (ResultSet rows = statement.executeQuery()) {
                for (Instant instant : instants) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getObject(1, OffsetDateTime.class)).as(instant.toString()).isEqualTo(INSTANTS.to(instant));
                }
            }
        }
        assertThat(InstantConverter.epochMicros(null)).isNull();
    }
}
