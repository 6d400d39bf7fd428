package dev.parley.domain.livechat;

import static dev.parley.domain.shared.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class StatisticsRequestTest {

    @Example
    void parsesGranularityAndCount() {
        assertThat(StatisticsRequest.parse("1:1")).isEqualTo(new StatisticsRequest(1, 1));
        assertThat(StatisticsRequest.parse("5:10")).isEqualTo(new StatisticsRequest(5, 10));
        assertThat(StatisticsRequest.parse("10:30")).isEqualTo(new StatisticsRequest(10, 30));
        assertThat(StatisticsRequest.parse("30:2")).isEqualTo(new StatisticsRequest(30, 2));
        assertThat(StatisticsRequest.parse("60:1440")).isEqualTo(new StatisticsRequest(60, 1440));
        assertThat(StatisticsRequest.parse("120:3")).isEqualTo(new StatisticsRequest(120, 3));
        assertThat(StatisticsRequest.parse("86400:7")).isEqualTo(new StatisticsRequest(86_400, 7));
    }

    @Example
    void refusesAnythingElseOnTheStatisticsField() {
        for (String invalid : new String[] {"7:10", "90:10", "0:5", "60:0", "60:1441", "x:1", "60", "-1:5", " 60:5", "60:5 ",
                "60:5\n", "60:", ":5", "60:5:1", "+60:5", "６０:５", "86460:1", "1000000:1", "60:100000", ""}) {
            assertRefused("statistics", () -> StatisticsRequest.parse(invalid));
        }
        assertRefused("statistics", () -> StatisticsRequest.parse(null));
    }

    private static boolean allowedGranularity(int seconds) {
        return seconds == 1 || seconds == 5 || seconds == 10 || seconds == 30
                || (seconds > 0 && seconds % 60 == 0 && seconds <= StatisticsRequest.MAX_GRANULARITY);
    }

    @Property
    void acceptsOneFiveTenThirtyOrAMultipleOfSixtyAndOneToFourteenFortyBuckets(
            @ForAll @IntRange(min = -60, max = 86_520) int granularity, @ForAll @IntRange(min = -2, max = 1_445) int count) {
        String raw = granularity + ":" + count;
        if (allowedGranularity(granularity) && count >= 1 && count <= StatisticsRequest.MAX_COUNT) {
            assertThat(StatisticsRequest.parse(raw)).isEqualTo(new StatisticsRequest(granularity, count));
        } else {
            assertRefused("statistics", () -> StatisticsRequest.parse(raw));
            assertRefused("statistics", () -> new StatisticsRequest(granularity, count));
        }
    }

    @Provide
    Arbitrary<StatisticsRequest> requests() {
        Arbitrary<Integer> granularity = Arbitraries.oneOf(
                Arbitraries.of(1, 5, 10, 30),
                Arbitraries.integers().between(1, StatisticsRequest.MAX_GRANULARITY / 60).map(minutes -> minutes * 60));
        Arbitrary<Integer> count = Arbitraries.integers().between(1, StatisticsRequest.MAX_COUNT);
        return Combinators.combine(granularity, count).as(StatisticsRequest::new);
    }

    @Provide
    Arbitrary<Instant> instants() {
        return Combinators.combine(
                        Arbitraries.longs().between(-2_000_000_000L, 4_102_444_800L),
                        Arbitraries.oneOf(Arbitraries.just(0L), Arbitraries.longs().between(0, 999_999_999)))
                .as(Instant::ofEpochSecond);
    }

    @Property
    void thereAreExactlyCountBucketsEachOneGranularityAfterTheLast(@ForAll("requests") StatisticsRequest request,
                                                                  @ForAll("instants") Instant now) {
        List<Instant> starts = request.bucketStarts(now);

        assertThat(starts).hasSize(request.count());
        for (int i = 1; i < starts.size(); i++) {
            assertThat(starts.get(i)).isEqualTo(starts.get(i - 1).plusSeconds(request.granularitySeconds()));
        }
        assertThat(request.from(now)).isEqualTo(starts.getFirst());
    }

    @Property
    void everyBucketStartsOnAMultipleOfTheGranularity(@ForAll("requests") StatisticsRequest request,
                                                     @ForAll("instants") Instant now) {
        for (Instant start : request.bucketStarts(now)) {
            assertThat(start.getNano()).isZero();
            assertThat(Math.floorMod(start.getEpochSecond(), request.granularitySeconds())).isZero();
        }
    }

    @Property
    void theLastBucketHoldsNow(@ForAll("requests") StatisticsRequest request, @ForAll("instants") Instant now) {
        Instant last = request.bucketStarts(now).getLast();

        assertThat(last).isBeforeOrEqualTo(now);
        assertThat(now).isBefore(last.plusSeconds(request.granularitySeconds()));
    }

    @Example
    void fiveMinuteBucketsEndWithTheOneHoldingNow() {
        Instant now = Instant.parse("2024-03-15T14:23:17.5Z");

        assertThat(new StatisticsRequest(300, 3).bucketStarts(now)).containsExactly(
                Instant.parse("2024-03-15T14:10:00Z"), Instant.parse("2024-03-15T14:15:00Z"), Instant.parse("2024-03-15T14:20:00Z"));
        assertThat(new StatisticsRequest(1, 2).bucketStarts(now)).containsExactly(
                Instant.parse("2024-03-15T14:23:16Z"), Instant.parse("2024-03-15T14:23:17Z"));
    }

    @Example
    void aBoundaryInstantStartsItsOwnBucket() {
        Instant now = Instant.parse("2024-03-15T14:00:00Z");

        assertThat(new StatisticsRequest(3600, 2).bucketStarts(now)).containsExactly(
                Instant.parse("2024-03-15T13:00:00Z"), Instant.parse("2024-03-15T14:00:00Z"));
    }
}
