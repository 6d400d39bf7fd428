package dev.parley.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PrefixedIdsTest {
    @Property
    void uuidsRoundTrip(@ForAll long high, @ForAll long low) {
        UUID id = new UUID(high, low);

        String encoded = PrefixedIds.encode("tkt", id);

        assertThat(encoded).matches("tkt_[0-9a-z]{1,25}");
        assertThat(PrefixedIds.decodeUuid("tkt", encoded)).contains(id);
    }

    @Property
    void aUuidIsItsUnsigned128BitNumberInBase36(@ForAll long high, @ForAll long low) {
        BigInteger number = new BigInteger(1, ByteBuffer.allocate(16).putLong(high).putLong(low).array());

        assertThat(PrefixedIds.encode("tkt", new UUID(high, low))).isEqualTo("tkt_" + number.toString(36));
    }

    @Test
    void theSmallestAndLargestUuidsAndThoseAtAPowerOf36() {
        assertThat(PrefixedIds.encode("tkt", new UUID(0, 0))).isEqualTo("tkt_0");
        assertThat(PrefixedIds.encode("tkt", new UUID(0, 35))).isEqualTo("tkt_z");
        assertThat(PrefixedIds.encode("tkt", new UUID(0, 36L * 36 * 36 * 36 * 36))).isEqualTo("tkt_100000");
        assertThat(PrefixedIds.encode("tkt", new UUID(0, 36L * 36 * 36 * 36 * 36 - 1))).isEqualTo("tkt_zzzzz");
        assertThat(PrefixedIds.encode("tkt", new UUID(-1, -1))).isEqualTo("tkt_f5lxx1zz5pnorynqglhzmsp33");
    }

    @Property
    void longsRoundTrip(@ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long id) {
        String encoded = PrefixedIds.encode("agent", id);

        assertThat(PrefixedIds.decodeLong("agent", encoded)).contains(id);
    }

    @Property
    void decodingIsStrictSoEveryIdHasOneSpelling(@ForAll @StringLength(max = 30) String raw) {
        PrefixedIds.decodeUuid("tkt", raw).ifPresent(id -> assertThat(PrefixedIds.encode("tkt", id)).isEqualTo(raw));
        PrefixedIds.decodeLong("agent", raw).ifPresent(id -> assertThat(PrefixedIds.encode("agent", id)).isEqualTo(raw));
    }

    @Test
    void refusesWrongPrefixesLeadingZerosUppercaseAndOverflow() {
        assertThat(PrefixedIds.decodeUuid("tkt", "msg_1")).isEmpty();
        assertThat(PrefixedIds.decodeUuid("tkt", "tkt_01")).isEmpty();
        assertThat(PrefixedIds.decodeUuid("tkt", "tkt_A")).isEmpty();
        assertThat(PrefixedIds.decodeUuid("tkt", "tkt_")).isEmpty();
        assertThat(PrefixedIds.decodeUuid("tkt", "tkt_" + "z".repeat(25))).isEmpty();
        assertThat(PrefixedIds.decodeLong("agent", "agent_0")).isEmpty();
        assertThat(PrefixedIds.decodeLong("agent", "agent_" + "z".repeat(13))).isEmpty();
        assertThat(PrefixedIds.decodeLong("agent", null)).isEmpty();
    }
}
