package dev.parley.domain.shared;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TimeZoneNameTest {
    @Provide
    Arbitrary<String> ianaNames() {
        return Arbitraries.of(ZoneId.getAvailableZoneIds());
    }

    @Property
    void everyIanaNameIsAcceptedAndNamesItsZone(@ForAll("ianaNames") String name) {
        TimeZoneName zone = new TimeZoneName(name);

        assertThat(zone.value()).isEqualTo(name);
        assertThat(zone.zone()).isEqualTo(ZoneId.of(name));
    }

    @Property
    void anythingElseIsRefused(@ForAll String text) {
        if (!ZoneId.getAvailableZoneIds().contains(text)) {
            assertRefused("time_zone", () -> new TimeZoneName(text));
        }
    }

    @Example
    void offsetsWrongCaseBlanksAndNullAreRefused() {
        for (String raw : new String[] {"+02:00", "GMT+2", "UTC+01:00", "europe/berlin", " Europe/Berlin", "", "Mars/Olympus"}) {
            assertRefused("time_zone", () -> new TimeZoneName(raw));
        }
        assertRefused("time_zone", () -> new TimeZoneName(null));
        assertRefused("settings.time_zone", () -> TimeZoneName.of("settings.time_zone", "+02:00"));
        assertThat(TimeZoneName.UTC.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(TimeZoneName.of("tz", "Asia/Kathmandu").zone().getRules().getOffset(java.time.Instant.EPOCH).getTotalSeconds())
                .isEqualTo(19_800);
    }
}
