package dev.parley.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class ShareTest {
    @Example
    void roundsExactlyHalfUpToFourDecimals() {
        assertThat(Share.of(40_000, 51_234)).isEqualTo(0.7807);
        assertThat(Share.of(2, 3)).isEqualTo(0.6667);
        assertThat(Share.of(15_001, 20_000)).isEqualTo(0.7501);
        assertThat(Share.of(1, 20_000)).isEqualTo(0.0001);
        assertThat(Share.of(1, 30_000)).isEqualTo(0.0);
        assertThat(Share.of(0, 0)).isEqualTo(0.0);
    }

    @Property
    void staysWithinHalfAUnitOfTheFourthDecimal(@ForAll @LongRange(min = 1, max = 1_000_000_000L) long whole,
                                                @ForAll @LongRange(min = 0, max = 1_000_000_000L) long anyPart) {
        long part = anyPart % (whole + 1);
        double share = Share.of(part, whole);
        assertThat(share).isBetween(0.0, 1.0);
        assertThat(Math.abs(share - (double) part / whole)).isLessThanOrEqualTo(0.00005 + 1e-12);
    }

    @Example
    void aPartLargerThanTheWholeIsAProgrammingError() {
        assertThatThrownBy(() -> Share.of(3, 2)).isInstanceOf(IllegalArgumentException.class);
    }
}
