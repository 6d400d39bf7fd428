package dev.parley.domain.webhook;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.shared.InvalidInput;
import java.time.Duration;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class RetryScheduleTest {

    @Example
    void defaultsToOneTenAndSixtyMinutesForFourAttempts() {
        assertThat(RetrySchedule.DEFAULT.delays()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(10), Duration.ofMinutes(60));
        assertThat(RetrySchedule.DEFAULT.maxAttempts()).isEqualTo(4);
    }

    @Example
    void readsWholeNumbersWithAUnit() {
        assertThat(RetrySchedule.parse("1s,2s,4s").delays()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(RetrySchedule.parse("1m,10m,60m")).isEqualTo(RetrySchedule.DEFAULT);
        assertThat(RetrySchedule.parse(" 250ms , 1h ,24h").delays()).containsExactly(Duration.ofMillis(250), Duration.ofHours(1), Duration.ofHours(24));
        assertThat(RetrySchedule.parse("5s").maxAttempts()).isEqualTo(2);
        assertThat(RetrySchedule.parse("1s,1s,1s,1s,1s,1s,1s,1s,1s,1s").maxAttempts()).isEqualTo(11);
    }

    @Example
    void refusesUnclearSchedulesNamingTheSetting() {
        for (String bad : new String[] {null, "", " ", "1", "1sec", "1.5s", "-1s", "0s", "0ms", "1d", "25h", "1441m", "86400001ms",
                "1s,", ",1s", "1s,,2s", "1s;2s", "1S", "1 s", "1s,1s,1s,1s,1s,1s,1s,1s,1s,1s,1s", "9999999999s"}) {
            assertRefused(RetrySchedule.SETTING, () -> RetrySchedule.parse(bad));
        }
    }

    @Example
    void anErrorSaysWhatIsWrongWithWhichEntry() {
        assertThatThrownBy(() -> RetrySchedule.parse("1s,2x")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("PARLEY_WEBHOOK_RETRY_DELAYS").hasMessageContaining("\"2x\"");
        assertThatThrownBy(() -> RetrySchedule.parse("25h")).hasMessageContaining("at most 24h");
    }

    @Example
    void jitterIsTwentyPercentEitherSide() {
        RetrySchedule schedule = RetrySchedule.parse("10s,100s");

        assertThat(schedule.delayBefore(1, 0)).isEqualTo(Duration.ofSeconds(8));
        assertThat(schedule.delayBefore(1, 0.5)).isEqualTo(Duration.ofSeconds(10));
        assertThat(schedule.delayBefore(1, 1)).isEqualTo(Duration.ofSeconds(12));
        assertThat(schedule.delayBefore(2, 0.25)).isEqualTo(Duration.ofSeconds(90));
    }

    @Example
    void refusesRetriesOutsideTheScheduleAndSamplesOutsideTheUnitInterval() {
        RetrySchedule schedule = RetrySchedule.DEFAULT;

        for (int retry : new int[] {0, -1, 4}) {
            assertThatThrownBy(() -> schedule.delayBefore(retry, 0.5)).isInstanceOf(IllegalArgumentException.class);
        }
        for (double sample : new double[] {-0.01, 1.01, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> schedule.delayBefore(1, sample)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Provide
    Arbitrary<RetrySchedule> schedules() {
        return Arbitraries.longs().between(1, Duration.ofHours(24).toMillis()).map(Duration::ofMillis)
                .list().ofMinSize(1).ofMaxSize(10).map(RetrySchedule::new);
    }

    @Property
    void everyDelayStaysWithinItsJitterBoundsAndIsNeverNegative(@ForAll("schedules") RetrySchedule schedule,
                                                                  @ForAll @IntRange(min = 1, max = 10) int retry,
                                                                  @ForAll @DoubleRange(min = 0, max = 1) double sample) {
        int retryNumber = Math.min(retry, schedule.delays().size());
        long configured = schedule.delays().get(retryNumber - 1).toMillis();

        long delay = schedule.delayBefore(retryNumber, sample).toMillis();

        assertThat(delay).isPositive()
                .isBetween((long) Math.floor(configured * 0.8), (long) Math.ceil(configured * 1.2));
    }

    @Property
    void aLargerSampleNeverGivesAShorterDelay(@ForAll("schedules") RetrySchedule schedule, @ForAll @DoubleRange(min = 0, max = 1) double a,
                                              @ForAll @DoubleRange(min = 0, max = 1) double b) {
        assertThat(schedule.delayBefore(1, Math.max(a, b))).isGreaterThanOrEqualTo(schedule.delayBefore(1, Math.min(a, b)));
    }

    @Property
    void aScheduleThatAtLeastDoublesStaysInOrderWhateverTheJitter(@ForAll @DoubleRange(min = 0, max = 1) double earlier,
                                                                          @ForAll @DoubleRange(min = 0, max = 1) double later) {
        RetrySchedule schedule = new RetrySchedule(List.of(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4)));

        assertThat(schedule.delayBefore(2, later)).isGreaterThan(schedule.delayBefore(1, earlier));
        assertThat(RetrySchedule.DEFAULT.delayBefore(3, later)).isGreaterThan(RetrySchedule.DEFAULT.delayBefore(2, earlier));
    }
}
