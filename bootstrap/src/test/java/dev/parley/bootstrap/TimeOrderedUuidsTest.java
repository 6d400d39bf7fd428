package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** Version 7 UUIDs: the time in front, so later ones sort after earlier ones as PostgreSQL compares them (bytes). */
class TimeOrderedUuidsTest {
    @Property
    void a_uuid_carries_its_millisecond_version_seven_and_the_variant(@ForAll @LongRange(min = 0, max = (1L << 48) - 1) long millis,
                                                                      @ForAll long high, @ForAll long low) {
        UUID uuid = TimeOrderedUuids.next(millis, high, low);

        assertThat(uuid.version()).isEqualTo(7);
        assertThat(uuid.variant()).isEqualTo(2);
        assertThat(uuid.getMostSignificantBits() >>> 16).isEqualTo(millis);
        assertThat(uuid.getLeastSignificantBits() & 0x3FFF_FFFF_FFFF_FFFFL).isEqualTo(low & 0x3FFF_FFFF_FFFF_FFFFL);
    }

    @Property
    void a_later_millisecond_sorts_after_an_earlier_one_byte_by_byte(@ForAll @LongRange(min = 0, max = (1L << 48) - 2) long millis,
                                                                    @ForAll long high1, @ForAll long low1, @ForAll long high2,
                                                                    @ForAll long low2) {
        String earlier = TimeOrderedUuids.next(millis, high1, low1).toString();
        String later = TimeOrderedUuids.next(millis + 1, high2, low2).toString();

        assertThat(later).isGreaterThan(earlier);
    }
}
