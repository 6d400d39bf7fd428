package dev.parley.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class RetryAfterTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");

    @Example
    void readsDelaySeconds() {
        assertThat(RetryAfter.parse("120")).contains(new RetryAfter.Seconds(120));
        assertThat(RetryAfter.parse(" 0 ")).contains(new RetryAfter.Seconds(0));
        assertThat(RetryAfter.parse("120").orElseThrow().notBefore(NOW)).isEqualTo(NOW.plusSeconds(120));
    }

    @Example
    void readsAnHttpDate() {
        assertThat(RetryAfter.parse("Sat, 21 Nov 2026 10:30:00 GMT")).contains(new RetryAfter.Date(Instant.parse("2026-11-21T10:30:00Z")));
        assertThat(RetryAfter.parse("Sat, 21 Nov 2026 10:30:00 GMT").orElseThrow().notBefore(NOW)).isEqualTo(NOW.plusSeconds(1800));
    }

    @Example
    void honoursAtMostOneHour() {
        assertThat(RetryAfter.parse("3601").orElseThrow().notBefore(NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(RetryAfter.parse("99999999999999999999999").orElseThrow().notBefore(NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 10:00:00 GMT").orElseThrow().notBefore(NOW)).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Example
    void aDateInThePastMeansNow() {
        assertThat(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT").orElseThrow().notBefore(NOW)).isEqualTo(NOW);
    }

    @Example
    void ignoresAnythingElse() {
        for (String bad : new String[] {null, "", "soon", "-5", "1.5", "12s", "2026-11-21T10:30:00Z", "Sat, 21 Nov 2026 25:30:00 GMT"}) {
            assertThat(RetryAfter.parse(bad)).as(bad).isEmpty();
        }
    }

    @Property
    void theEarliestNextAttemptLiesWithinTheNextHour(@ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seconds,
                                                     @ForAll @LongRange(min = -10_000_000, max = 10_000_000) long dateOffset) {
        for (RetryAfter retryAfter : new RetryAfter[] {new RetryAfter.Seconds(seconds), new RetryAfter.Date(NOW.plusSeconds(dateOffset))}) {
            assertThat(retryAfter.notBefore(NOW)).isBetween(NOW, NOW.plus(RetryAfter.CAP));
        }
    }
}
