package dev.parley.application.contract;

import static dev.parley.application.contract.Seed.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.identity.port.out.RateWindows;
import dev.parley.domain.identity.RateWindow.RateDecision;
import dev.parley.domain.identity.RateWindow.RatePolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link RateWindows} must do: admit exactly the limit per rolling window, per key. */
public abstract class RateWindowsContractTest {
    private static final RatePolicy THREE_PER_MINUTE = RatePolicy.perMinute(3);

    private RateWindows windows;

    /** Fresh adapters with no data. */
    protected abstract Adapters adapters();

    @BeforeEach
    void start() {
        windows = adapters().rateWindows();
    }

    @Test
    void admits_exactly_the_limit_then_refuses_until_the_first_slot_frees() {
        List<RateDecision> decisions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            decisions.add(windows.attempt("token:1", THREE_PER_MINUTE, T0.plusSeconds(i)));
        }

        assertThat(decisions).extracting(RateDecision::admitted).containsExactly(true, true, true, false);
        assertThat(decisions).extracting(RateDecision::remaining).containsExactly(2, 1, 0, 0);
        assertThat(decisions.get(3).retryAfterSeconds()).isEqualTo(57);
        assertThat(decisions.get(3).resetSeconds()).isEqualTo(57);
    }

    @Test
    void a_slot_frees_exactly_one_window_after_its_request() {
        for (int i = 0; i < 3; i++) {
            windows.attempt("token:1", THREE_PER_MINUTE, T0);
        }

        RateDecision justBefore = windows.attempt("token:1", THREE_PER_MINUTE, T0.plus(Duration.ofSeconds(60)).minusMillis(1));
        RateDecision atTheEdge = windows.attempt("token:1", THREE_PER_MINUTE, T0.plus(Duration.ofSeconds(60)));

        assertThat(justBefore.admitted()).isFalse();
        assertThat(justBefore.retryAfterSeconds()).isEqualTo(1);
        assertThat(atTheEdge.admitted()).isTrue();
        assertThat(atTheEdge.remaining()).isEqualTo(2);
    }

    @Test
    void the_window_slides_rather_than_resetting() {
        windows.attempt("token:1", THREE_PER_MINUTE, T0);
        windows.attempt("token:1", THREE_PER_MINUTE, T0.plusSeconds(20));
        windows.attempt("token:1", THREE_PER_MINUTE, T0.plusSeconds(40));

        RateDecision refused = windows.attempt("token:1", THREE_PER_MINUTE, T0.plusSeconds(50));
        RateDecision admitted = windows.attempt("token:1", THREE_PER_MINUTE, T0.plusSeconds(61));
        RateDecision refusedAgain = windows.attempt("token:1", THREE_PER_MINUTE, T0.plusSeconds(62));

        assertThat(refused.admitted()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(10);
        assertThat(admitted.admitted()).isTrue();
        assertThat(refusedAgain.admitted()).isFalse();
        assertThat(refusedAgain.retryAfterSeconds()).isEqualTo(18);
    }

    @Test
    void refused_attempts_consume_nothing() {
        for (int i = 0; i < 3; i++) {
            windows.attempt("token:1", THREE_PER_MINUTE, T0);
        }
        for (int i = 1; i <= 20; i++) {
            assertThat(windows.attempt("token:1", THREE_PER_MINUTE, T0.plusSeconds(i)).admitted()).isFalse();
        }

        assertThat(windows.attempt("token:1", THREE_PER_MINUTE, T0.plusSeconds(60)).remaining()).isEqualTo(2);
    }

    @Test
    void keys_have_separate_windows() {
        for (int i = 0; i < 3; i++) {
            windows.attempt("token:1", THREE_PER_MINUTE, T0);
        }

        assertThat(windows.attempt("token:1", THREE_PER_MINUTE, T0).admitted()).isFalse();
        assertThat(windows.attempt("token:2", THREE_PER_MINUTE, T0).admitted()).isTrue();
    }

    @Test
    void the_policy_of_each_attempt_applies() {
        RatePolicy onePerSecond = new RatePolicy(1, Duration.ofSeconds(1));

        assertThat(windows.attempt("sign-in", onePerSecond, T0).admitted()).isTrue();
        assertThat(windows.attempt("sign-in", onePerSecond, T0.plusMillis(999)).admitted()).isFalse();
        assertThat(windows.attempt("sign-in", onePerSecond, T0.plusMillis(1000)).admitted()).isTrue();
    }
}
