package dev.parley.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.webhook.DeliveryDecision.DeactivateWebhook;
import dev.parley.domain.webhook.DeliveryDecision.Failed;
import dev.parley.domain.webhook.DeliveryDecision.RetryAt;
import dev.parley.domain.webhook.DeliveryDecision.Succeeded;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;

class DeliveryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-21T10:00:00Z");
    private static final Duration LATENCY = Duration.ofMillis(30);
    private static final RetrySchedule SCHEDULE = RetrySchedule.DEFAULT;

    @Example
    void twoHundredsSucceed() {
        assertThat(decide(answer(200), 1)).isEqualTo(new Succeeded());
        assertThat(decide(answer(204), 4)).isEqualTo(new Succeeded());
    }

    @Example
    void redirectsAreFailuresRetriedOnTheSchedule() {
        assertThat(decide(answer(301), 1)).isEqualTo(new RetryAt(NOW.plus(Duration.ofMinutes(1))));
        assertThat(decide(answer(308), 2)).isEqualTo(new RetryAt(NOW.plus(Duration.ofMinutes(10))));
        assertThat(decide(answer(302), 3)).isEqualTo(new RetryAt(NOW.plus(Duration.ofMinutes(60))));
        assertThat(decide(answer(307), 4)).isEqualTo(new Failed());
    }

    @Example
    void goneDeactivatesTheWebhookOnAnyAttempt() {
        assertThat(decide(answer(410), 1)).isEqualTo(new DeactivateWebhook());
        assertThat(decide(answer(410), 4)).isEqualTo(new DeactivateWebhook());
    }

    @Example
    void tooManyRequestsAndUnavailableHonourRetryAfterUpToAnHour() {
        assertThat(decide(answer(429, "600"), 1)).isEqualTo(new RetryAt(NOW.plusSeconds(600)));
        assertThat(decide(answer(503, "7200"), 1)).isEqualTo(new RetryAt(NOW.plus(Duration.ofHours(1))));
        assertThat(decide(answer(503, "Sat, 21 Nov 2026 10:20:00 GMT"), 1)).isEqualTo(new RetryAt(NOW.plus(Duration.ofMinutes(20))));
    }

    @Example
    void aRetryAfterShorterThanTheScheduleDoesNotHurryTheRetry() {
        assertThat(decide(answer(429, "5"), 2)).isEqualTo(new RetryAt(NOW.plus(Duration.ofMinutes(10))));
    }

    @Example
    void otherStatusesIgnoreRetryAfter() {
        assertThat(decide(answer(500, "3000"), 1)).isEqualTo(new RetryAt(NOW.plus(Duration.ofMinutes(1))));
        assertThat(decide(answer(301, "3000"), 1)).isEqualTo(new RetryAt(NOW.plus(Duration.ofMinutes(1))));
    }

    @Example
    void networkErrorsAndOversizedAnswersAreFailures() {
        for (DeliveryError error : DeliveryError.values()) {
            assertThat(decide(DeliveryOutcome.failed(error, LATENCY), 1)).isEqualTo(new RetryAt(NOW.plus(Duration.ofMinutes(1))));
            assertThat(decide(DeliveryOutcome.failed(error, LATENCY), 4)).isEqualTo(new Failed());
        }
        assertThat(decide(DeliveryOutcome.tooLarge(200, LATENCY, new byte[0]), 1)).isEqualTo(new RetryAt(NOW.plus(Duration.ofMinutes(1))));
    }

    @Example
    void aShortScheduleFailsSooner() {
        RetrySchedule once = RetrySchedule.parse("1s");

        assertThat(DeliveryPolicy.decide(answer(500), 1, once, NOW, 0.5)).isEqualTo(new RetryAt(NOW.plusSeconds(1)));
        assertThat(DeliveryPolicy.decide(answer(500), 2, once, NOW, 0.5)).isEqualTo(new Failed());
    }

    @Example
    void attemptsAreNumberedFromOne() {
        assertThatThrownBy(() -> decide(answer(200), 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<DeliveryOutcome> outcomes() {
        Arbitrary<Optional<RetryAfter>> retryAfters = Arbitraries.oneOf(
                Arbitraries.just(Optional.<RetryAfter>empty()),
                Arbitraries.longs().between(0, 100_000).map(s -> Optional.<RetryAfter>of(new RetryAfter.Seconds(s))),
                Arbitraries.longs().between(-100_000, 100_000).map(s -> Optional.<RetryAfter>of(new RetryAfter.Date(NOW.plusSeconds(s)))));
        Arbitrary<Integer> statuses = Arbitraries.oneOf(Arbitraries.integers().between(100, 599), Arbitraries.of(200, 204, 301, 410, 429, 500, 503));
        Arbitrary<DeliveryOutcome> answered = Combinators.combine(statuses, retryAfters)
                .as((status, retryAfter) -> DeliveryOutcome.answered(status, LATENCY, new byte[0], retryAfter));
        Arbitrary<DeliveryOutcome> failed = Arbitraries.of(DeliveryError.class).map(error -> DeliveryOutcome.failed(error, LATENCY));
        Arbitrary<DeliveryOutcome> tooLarge = statuses.map(status -> DeliveryOutcome.tooLarge(status, LATENCY, new byte[0]));
        return Arbitraries.oneOf(answered, failed, tooLarge);
    }

    @Provide
    Arbitrary<RetrySchedule> schedules() {
        return Arbitraries.longs().between(1, Duration.ofHours(24).toMillis()).map(Duration::ofMillis)
                .list().ofMinSize(1).ofMaxSize(10).map(RetrySchedule::new);
    }

    @Property
    void everyOutcomeGetsTheDecisionTheIssueDescribes(@ForAll("outcomes") DeliveryOutcome outcome, @ForAll("schedules") RetrySchedule schedule,
                                                       @ForAll @IntRange(min = 1, max = 12) int attempt,
                                                       @ForAll @DoubleRange(min = 0, max = 1) double jitter) {
        DeliveryDecision decision = DeliveryPolicy.decide(outcome, attempt, schedule, NOW, jitter);
        boolean gone = outcome.status().isPresent() && outcome.status().getAsInt() == 410;

        switch (decision) {
            case DeactivateWebhook deactivate -> assertThat(gone).isTrue();
            case Succeeded succeeded -> assertThat(!gone && outcome.succeeded()).isTrue();
            case Failed failed -> assertThat(!gone && !outcome.succeeded() && attempt >= schedule.maxAttempts()).isTrue();
            case RetryAt retry -> {
                assertThat(!gone && !outcome.succeeded() && attempt < schedule.maxAttempts()).isTrue();
                Duration configured = schedule.delays().get(attempt - 1);
                Instant earliest = NOW.plusMillis((long) Math.floor(configured.toMillis() * 0.8));
                Instant latestScheduled = NOW.plusMillis((long) Math.ceil(configured.toMillis() * 1.2));
                assertThat(retry.at()).isAfterOrEqualTo(earliest).isAfter(NOW);
                assertThat(retry.at()).isBeforeOrEqualTo(max(latestScheduled, NOW.plus(RetryAfter.CAP)));
                if (asksToWait(outcome)) {
                    assertThat(retry.at()).isAfterOrEqualTo(outcome.retryAfter().orElseThrow().notBefore(NOW));
                } else {
                    assertThat(retry.at()).isBeforeOrEqualTo(latestScheduled);
                }
            }
        }
    }

    private static boolean asksToWait(DeliveryOutcome outcome) {
        int status = outcome.status().orElse(0);
        return (status == 429 || status == 503) && outcome.retryAfter().isPresent();
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static DeliveryDecision decide(DeliveryOutcome outcome, int attempt) {
        return DeliveryPolicy.decide(outcome, attempt, SCHEDULE, NOW, 0.5);
    }

    private static DeliveryOutcome answer(int status) {
        return DeliveryOutcome.answered(status, LATENCY, new byte[0], Optional.empty());
    }

    private static DeliveryOutcome answer(int status, String retryAfter) {
        return DeliveryOutcome.answered(status, LATENCY, new byte[0], RetryAfter.parse(retryAfter));
    }
}
