package dev.parley.adapter.persistence.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Timestamps respelled from PostgreSQL's bytes come out as {@link InstantText} spells the same instant parsed the slow way. */
class ExportPostgresTimestampTextTest {
    private static final long YEAR_1 = Instant.parse("0001-01-01T00:00:00Z").getEpochSecond();
    private static final long YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();
    private static final int[] SCALES = {1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

    @Test
    void respellsRandomTextInAnyOffsetLikeTheSlowWay() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 200_000; i++) {
            ZoneOffset offset = randomOffset(random);
            long second = random.nextLong(YEAR_1 + 86_400, YEAR_10000 - 86_400);
            int scale = SCALES[random.nextInt(SCALES.length)];
            int nano = random.nextInt(1_000_000 / scale) * scale * 1_000;
            OffsetDateTime time = Instant.ofEpochSecond(second, nano).atOffset(offset);
            String sent = asPostgresSpellsIt(time);

            assertThat(PostgresTimestampText.of(sent.getBytes(StandardCharsets.US_ASCII))).as(sent).isEqualTo(InstantText.of(time));
        }
    }

    @Test
    void respellsRandomBinaryValuesLikeTheSlowWay() {
        SplittableRandom random = new SplittableRandom(4);
        long epoch2000 = Instant.parse("2000-01-01T00:00:00Z").getEpochSecond();
        for (int i = 0; i < 200_000; i++) {
            long micros = random.nextBoolean() ? random.nextLong((YEAR_1 - epoch2000) * 1_000_000, (YEAR_10000 - epoch2000) * 1_000_000)
                    : random.nextLong(-2_000_000_000_000_000L, 2_000_000_000_000_000L) / SCALES[random.nextInt(SCALES.length)];
            Instant instant = Instant.ofEpochSecond(epoch2000).plus(micros, ChronoUnit.MICROS);

            assertThat(PostgresTimestampText.of(ByteBuffer.allocate(8).putLong(micros).array())).as("%d", micros)
                    .isEqualTo(instant.toString());
        }
    }

    @Test
    void respellsTheShapesPostgresSends() {
        assertThat(respelled("2026-11-21 20:08:09.663+00")).isEqualTo("2026-11-21T20:08:09.663Z");
        assertThat(respelled("2026-11-21 20:08:09.6+00")).isEqualTo("2026-11-21T20:08:09.600Z");
        assertThat(respelled("2026-11-21 20:08:09.6634+00")).isEqualTo("2026-11-21T20:08:09.663400Z");
        assertThat(respelled("2026-11-21 20:08:09+00")).isEqualTo("2026-11-21T20:08:09Z");
        assertThat(respelled("2026-01-01 01:08:09.000001+05:30")).isEqualTo("2025-12-31T19:38:09.000001Z");
        assertThat(respelled("1890-01-01 00:00:00+00:19:32")).isEqualTo("1889-12-31T23:40:28Z");
        assertThat(respelled("2024-02-29 22:00:00-03")).isEqualTo("2024-03-01T01:00:00Z");
        assertThat(respelled("9999-12-31 23:00:00-05")).isEqualTo("+10000-01-01T04:00:00Z");
    }

    @Test
    void leavesWhatItDoesNotKnowToTheSlowWay() {
        for (String sent : new String[] {"infinity", "-infinity", "0044-03-15 12:00:00+00 BC", "10000-01-01 00:00:00+00", "2026-11-21 20:08:09.+00",
                "2026-11-21 20:08:09.1234567891+00", "2026-11-21T20:08:09+00", "2026-11-21 20:08:09", "2026-11-21 20:08:09+0", "2026-11-21 20:08:09+00:3",
                "2026-11-21 20:08:09+00:30:15:00", "2026-13-21 20:08:09+00", "2026-02-30 20:08:09+01", "2026-11-21 20:08:09 00", "2026-11-21 2x:08:09+00"}) {
            assertThat(respelled(sent)).as(sent).isNull();
        }
        assertThat(PostgresTimestampText.of(ByteBuffer.allocate(8).putLong(Long.MAX_VALUE).array())).isNull();
        assertThat(PostgresTimestampText.of(ByteBuffer.allocate(8).putLong(Long.MIN_VALUE).array())).isNull();
    }

    private static String respelled(String sent) {
        return PostgresTimestampText.of(sent.getBytes(StandardCharsets.US_ASCII));
    }

    private static ZoneOffset randomOffset(SplittableRandom random) {
        return switch (random.nextInt(4)) {
            case 0 -> ZoneOffset.UTC;
            case 1 -> ZoneOffset.ofHours(random.nextInt(-15, 16));
            case 2 -> ZoneOffset.ofTotalSeconds(random.nextInt(-15 * 4, 15 * 4 + 1) * 15 * 60);
            default -> ZoneOffset.ofTotalSeconds(random.nextInt(-15 * 3600 - 3599, 15 * 3600 + 3600));
        };
    }

    /** As PostgreSQL writes a timestamptz with DateStyle ISO: trailing fractional zeros dropped, the offset as short as it goes. */
    private static String asPostgresSpellsIt(OffsetDateTime time) {
        LocalDateTime local = time.toLocalDateTime();
        StringBuilder text = new StringBuilder(String.format("%04d-%02d-%02d %02d:%02d:%02d", local.getYear(), local.getMonthValue(),
                local.getDayOfMonth(), local.getHour(), local.getMinute(), local.getSecond()));
        if (local.getNano() != 0) {
            text.append('.').append(String.format("%06d", local.getNano() / 1_000).replaceAll("0+$", ""));
        }
        int seconds = time.getOffset().getTotalSeconds();
        int absolute = Math.abs(seconds);
        text.append(seconds < 0 ? '-' : '+').append(String.format("%02d", absolute / 3600));
        if (absolute % 3600 != 0) {
            text.append(String.format(":%02d", absolute / 60 % 60));
            if (absolute % 60 != 0) {
                text.append(String.format(":%02d", absolute % 60));
            }
        }
        return text.toString();
    }
}
