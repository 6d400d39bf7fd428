package dev.parley.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.domain.identity.RateWindow.RateDecision;
import dev.parley.domain.identity.RateWindow.RatePolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class RateWindowTest {
    private static final Instant START = Instant.parse("2024-03-15T14:23:00Z");

    /** A fixed policy and the arrival times of the requests made under it, never going backwards. */
    record Scenario(RatePolicy policy, List<Instant> arrivals) {
        long windowMillis() {
            return policy.window().toMillis();
        }
    }

    /** One attempt: when it was made, the window stored before it, and what was decided. */
    record Step(Instant at, RateWindow before, RateDecision decision) {
    }

    @Provide
    Arbitrary<Scenario> scenarios() {
        Arbitrary<Integer> limits = Arbitraries.integers().between(1, 8);
        Arbitrary<Long> windows = Arbitraries.oneOf(
                Arbitraries.longs().between(1, 120).map(seconds -> seconds * 1000),
                Arbitraries.longs().between(1, 10_000));
        Arbitrary<Long> offset = Arbitraries.longs().between(0, 999);
        return Combinators.combine(limits, windows, offset).flatAs((limit, window, start) ->
                Arbitraries.longs().between(0, window).list().ofMaxSize(60).map(gaps ->
                        new Scenario(new RatePolicy(limit, Duration.ofMillis(window)), arrivals(start, gaps))));
    }

    private static List<Instant> arrivals(long startOffsetMillis, List<Long> gapsMillis) {
        List<Instant> arrivals = new ArrayList<>();
        Instant at = START.plusMillis(startOffsetMillis);
        for (long gap : gapsMillis) {
            at = at.plusMillis(gap);
            arrivals.add(at);
        }
        return arrivals;
    }

    private static List<Step> run(RateWindow initial, RatePolicy policy, List<Instant> arrivals) {
        List<Step> steps = new ArrayList<>();
        RateWindow window = initial;
        for (Instant at : arrivals) {
            RateDecision decision = window.attempt(at, policy);
            steps.add(new Step(at, window, decision));
            window = decision.next();
        }
        return steps;
    }

    private static List<Instant> admittedTimes(List<Step> steps) {
        return steps.stream().filter(s -> s.decision().admitted()).map(Step::at).toList();
    }

    private static long admittedWithin(List<Instant> admitted, Instant end, long windowMillis) {
        Instant start = end.minusMillis(windowMillis);
        return admitted.stream().filter(t -> t.isAfter(start) && !t.isAfter(end)).count();
    }

    private static long[] unexpired(RateWindow window, Instant now, long windowMillis) {
        long horizon = now.toEpochMilli() - windowMillis;
        return Arrays.stream(window.admittedEpochMillis()).filter(t -> t > horizon).toArray();
    }

    @Property
    void noRollingWindowEverHoldsMoreThanTheLimit(@ForAll("scenarios") Scenario scenario) {
        List<Instant> admitted = admittedTimes(run(RateWindow.empty(), scenario.policy(), scenario.arrivals()));

        for (Instant end : admitted) {
            assertThat(admittedWithin(admitted, end, scenario.windowMillis())).isLessThanOrEqualTo(scenario.policy().limit());
        }
    }

    @Property
    void aRequestIsRefusedOnlyWhenTheWindowIsFull(@ForAll("scenarios") Scenario scenario) {
        List<Step> steps = run(RateWindow.empty(), scenario.policy(), scenario.arrivals());

        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            long before = admittedWithin(admittedTimes(steps.subList(0, i)), step.at(), scenario.windowMillis());
            assertThat(step.decision().admitted()).isEqualTo(before < scenario.policy().limit());
        }
    }

    @Property
    void theStoredWindowHoldsExactlyTheAdmittedRequestsOfTheLastWindow(@ForAll("scenarios") Scenario scenario) {
        List<Step> steps = run(RateWindow.empty(), scenario.policy(), scenario.arrivals());

        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            Instant horizon = step.at().minusMillis(scenario.windowMillis());
            long[] expected = admittedTimes(steps.subList(0, i + 1)).stream()
                    .filter(t -> t.isAfter(horizon)).mapToLong(Instant::toEpochMilli).toArray();
            assertThat(step.decision().next().admittedEpochMillis()).containsExactly(expected);
        }
    }

    @Property
    void aRefusalConsumesNothing(@ForAll("scenarios") Scenario scenario) {
        for (Step step : run(RateWindow.empty(), scenario.policy(), scenario.arrivals())) {
            if (!step.decision().admitted()) {
                assertThat(step.decision().next())
                        .isEqualTo(new RateWindow(unexpired(step.before(), step.at(), scenario.windowMillis())));
            }
        }
    }

    @Property
    void remainingCountsTheRequestsStillAllowedInTheCurrentWindow(@ForAll("scenarios") Scenario scenario) {
        List<Step> steps = run(RateWindow.empty(), scenario.policy(), scenario.arrivals());

        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            long used = admittedWithin(admittedTimes(steps.subList(0, i + 1)), step.at(), scenario.windowMillis());
            long expected = step.decision().admitted() ? scenario.policy().limit() - used : 0;
            assertThat(step.decision().remaining()).isEqualTo(expected);
        }
    }

    @Property
    void retryAfterIsTheWholeSecondsUntilTheOldestRelevantEntryLeaves(@ForAll("scenarios") Scenario scenario) {
        for (Step step : run(RateWindow.empty(), scenario.policy(), scenario.arrivals())) {
            if (!step.decision().admitted()) {
                assertRetryAfterIsExact(step, scenario.policy());
            }
        }
    }

    @Property
    void retryAfterStaysExactWhenTheLimitWasLowered(@ForAll("scenarios") Scenario scenario, @ForAll("lowerings") int lowerBy) {
        RatePolicy lowered = new RatePolicy(Math.max(1, scenario.policy().limit() - lowerBy), scenario.policy().window());
        List<Step> filled = run(RateWindow.empty(), scenario.policy(), scenario.arrivals());
        RateWindow stored = filled.isEmpty() ? RateWindow.empty() : filled.getLast().decision().next();
        Instant last = scenario.arrivals().isEmpty() ? START : scenario.arrivals().getLast();

        Step step = new Step(last, stored, stored.attempt(last, lowered));

        if (!step.decision().admitted()) {
            assertRetryAfterIsExact(step, lowered);
        }
    }

    @Provide
    Arbitrary<Integer> lowerings() {
        return Arbitraries.integers().between(1, 7);
    }

    private static void assertRetryAfterIsExact(Step step, RatePolicy policy) {
        long windowMillis = policy.window().toMillis();
        long[] live = unexpired(step.before(), step.at(), windowMillis);
        long oldestRelevant = live[live.length - policy.limit()];
        long millisUntilItLeaves = oldestRelevant + windowMillis - step.at().toEpochMilli();
        long retryAfter = step.decision().retryAfterSeconds();

        assertThat(retryAfter).isGreaterThanOrEqualTo(1);
        assertThat(retryAfter * 1000).isGreaterThanOrEqualTo(millisUntilItLeaves);
        assertThat((retryAfter - 1) * 1000).isLessThan(millisUntilItLeaves);
        assertThat(step.decision().next().attempt(step.at().plusSeconds(retryAfter), policy).admitted()).isTrue();
        assertThat(step.decision().next().attempt(step.at().plusSeconds(retryAfter - 1), policy).admitted()).isFalse();
    }

    @Example
    void admitsThreeHundredRequestsInOneInstantAndCountsDown() {
        RatePolicy policy = RatePolicy.perMinute(300);
        RateWindow window = RateWindow.empty();

        for (int expectedRemaining = 299; expectedRemaining >= 0; expectedRemaining--) {
            RateDecision decision = window.attempt(START, policy);
            assertThat(decision.admitted()).isTrue();
            assertThat(decision.remaining()).isEqualTo(expectedRemaining);
            assertThat(decision.resetSeconds()).isEqualTo(60);
            window = decision.next();
        }

        RateDecision refused = window.attempt(START, policy);
        assertThat(refused.admitted()).isFalse();
        assertThat(refused.remaining()).isZero();
        assertThat(refused.retryAfterSeconds()).isEqualTo(60);
        assertThat(refused.next()).isEqualTo(window);
    }

    @Example
    void theThreeHundredAndFirstRequestWaitsUntilTheFirstLeavesTheWindow() {
        RatePolicy policy = RatePolicy.perMinute(300);
        RateWindow window = RateWindow.empty();
        for (int i = 0; i < 300; i++) {
            window = window.attempt(START.plusMillis(200L * i), policy).next();
        }

        RateDecision early = window.attempt(START.plusMillis(59_900), policy);
        assertThat(early.admitted()).isFalse();
        assertThat(early.retryAfterSeconds()).isEqualTo(1);

        RateDecision onTime = early.next().attempt(START.plusSeconds(60), policy);
        assertThat(onTime.admitted()).isTrue();
        assertThat(onTime.remaining()).isZero();
        assertThat(onTime.next().admittedEpochMillis()).hasSize(300);
    }

    @Example
    void aRefusalRoundsTheWaitUpToWholeSeconds() {
        RatePolicy policy = RatePolicy.perMinute(300);
        RateWindow full = RateWindow.empty();
        for (int i = 0; i < 300; i++) {
            full = full.attempt(START, policy).next();
        }

        assertThat(full.attempt(START.plusMillis(1), policy).retryAfterSeconds()).isEqualTo(60);
        assertThat(full.attempt(START.plusMillis(1_000), policy).retryAfterSeconds()).isEqualTo(59);
        assertThat(full.attempt(START.plusMillis(59_999), policy).retryAfterSeconds()).isEqualTo(1);
        assertThat(full.attempt(START.plusSeconds(60), policy).admitted()).isTrue();
    }

    @Example
    void aQuietMinuteEmptiesTheWindow() {
        RatePolicy policy = RatePolicy.perMinute(300);
        RateWindow used = RateWindow.empty().attempt(START, policy).next().attempt(START.plusSeconds(30), policy).next();

        RateDecision later = used.attempt(START.plusSeconds(91), policy);

        assertThat(later.admitted()).isTrue();
        assertThat(later.remaining()).isEqualTo(299);
        assertThat(later.next().admittedEpochMillis()).containsExactly(START.plusSeconds(91).toEpochMilli());
    }
}
