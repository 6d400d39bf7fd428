package dev.parley.adapter.persistence.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** UUIDs read from PostgreSQL's bytes are the ones {@link UUID#fromString} reads from their text. */
class ExportPostgresUuidTest {
    @Test
    void readsRandomUuidsInTextAndBinary() {
        SplittableRandom random = new SplittableRandom(8);
        for (int i = 0; i < 100_000; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            String text = random.nextBoolean() ? id.toString() : id.toString().toUpperCase(Locale.ROOT);

            assertThat(PostgresUuid.of(text.getBytes(StandardCharsets.US_ASCII))).as(text).isEqualTo(UUID.fromString(text));
            assertThat(PostgresUuid.of(ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array()))
                    .isEqualTo(id);
        }
    }

    @Test
    void leavesWhatItDoesNotKnowToTheSlowWay() {
        for (String text : new String[] {"", "f81d4fae7dec11d0a76500a0c91e6bf6", "f81d4fae-7dec-11d0-a765-00a0c91e6bfg", "f81d4fae-7dec-11d0-a765_00a0c91e6bf6",
                "{f81d4fae-7dec-11d0-a765-00a0c91e6bf}", "f81d4fae-7dec-11d0-a765-00a0c91e6bf6 "}) {
            assertThat(PostgresUuid.of(text.getBytes(StandardCharsets.UTF_8))).as(text).isNull();
        }
        assertThat(PostgresUuid.of("f81d4fae-7dec-11d0-a765-00a0c91e6bé".getBytes(StandardCharsets.UTF_8))).isNull();
    }
}
