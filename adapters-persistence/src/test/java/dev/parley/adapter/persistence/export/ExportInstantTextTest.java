package dev.parley.adapter.persistence.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Export timestamps are spelled byte for byte as {@link Instant#toString()} spells them. */
class ExportInstantTextTest {
    private static final long YEAR_10000 = Instant.parse("+10000-01-01T00:00:00Z").getEpochSecond();

    @Test
    void spellsRandomInstantsLikeInstantToString() {
        SplittableRandom random = new SplittableRandom(7);
        int[] scales = {1_000_000_000, 1_000_000, 1_000, 1};
        for (int i = 0; i < 200_000; i++) {
            long second = random.nextLong(-YEAR_10000, YEAR_10000 + 1_000_000);
            int scale = scales[random.nextInt(scales.length)];
            int nano = scale == 1_000_000_000 ? 0 : random.nextInt(1_000_000_000 / scale) * scale;
            assertSameAsInstant(Instant.ofEpochSecond(second, nano));
        }
    }

    @Test
    void spellsTheEdges() {
        for (String text : new String[] {"1970-01-01T00:00:00Z", "1969-12-31T23:59:59.999999999Z", "2024-02-29T23:59:59.100Z",
                "2024-03-15T14:23:00.123456Z", "2024-03-15T14:23:00.000001Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z",
                "-0001-12-31T23:59:59Z", "+10000-01-01T00:00:00Z"}) {
            assertSameAsInstant(Instant.parse(text));
        }
        assertThat(InstantText.of(OffsetDateTime.parse("2024-03-15T16:23:00.5+02:00"))).isEqualTo("2024-03-15T14:23:00.500Z");
    }

    private static void assertSameAsInstant(Instant instant) {
        assertThat(InstantText.of(instant.atOffset(ZoneOffset.UTC))).as(instant.toString()).isEqualTo(instant.toString());
    }
}
