package dev.parley.adapter.persistence.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Export ticket ids are spelled as BigInteger spells the UUID's unsigned 128 bits in base 36. */
class ExportTicketIdTextTest {
    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    @Test
    void spellsTheUnsignedNumberInBase36LikeBigInteger() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 100_000; i++) {
            UUID id = new UUID(random.nextLong(), random.nextLong());
            assertThat(TicketIdText.of(id)).isEqualTo(viaBigInteger(id));
        }
    }

    @Test
    void spellsTheEdgesOfTheRange() {
        for (UUID id : new UUID[] {new UUID(0, 0), new UUID(0, 1), new UUID(0, 35), new UUID(0, 36), new UUID(0, -1), new UUID(1, 0),
                new UUID(-1, -1), new UUID(Long.MIN_VALUE, 0), new UUID(Long.MAX_VALUE, Long.MAX_VALUE), new UUID(0, 2_176_782_335L),
                new UUID(0, 2_176_782_336L), UUID.fromString("00000000-0000-0000-0000-0000ffffffff")}) {
            assertThat(TicketIdText.of(id)).as(id.toString()).isEqualTo(viaBigInteger(id));
        }
        assertThat(TicketIdText.of(new UUID(0, 0))).isEqualTo("tkt_0");
        assertThat(TicketIdText.of(new UUID(-1, -1))).isEqualTo("tkt_f5lxx1zz5pnorynqglhzmsp33");
    }

    private static String viaBigInteger(UUID id) {
        BigInteger high = BigInteger.valueOf(id.getMostSignificantBits()).mod(TWO_TO_64);
        BigInteger low = BigInteger.valueOf(id.getLeastSignificantBits()).mod(TWO_TO_64);
        return "tkt_" + high.shiftLeft(64).add(low).toString(36);
    }
}
