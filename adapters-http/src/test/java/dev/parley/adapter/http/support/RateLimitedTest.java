package dev.parley.adapter.http.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.identity.RateWindow;
import dev.parley.domain.identity.RateWindow.RateDecision;
import dev.parley.domain.identity.RateWindow.RatePolicy;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitedTest {
    private static final RatePolicy ONE_A_MINUTE = RatePolicy.perMinute(1);
    private static final Instant NOW = Instant.parse("2024-03-15T14:23:00Z");

    @Test
    void aRefusalIs429WithTheWholeSecondsUntilASlotFrees() {
        RateDecision first = RateWindow.empty().attempt(NOW, ONE_A_MINUTE);
        RateDecision refused = first.next().attempt(NOW.plusMillis(47_500), ONE_A_MINUTE);

        Problem problem = RateLimited.refusal(refused, "Slow down.").problem();

        assertThat(problem.kind()).isEqualTo(ProblemKind.RATE_LIMITED);
        assertThat(problem.status()).isEqualTo(429);
        assertThat(problem.message()).isEqualTo("Slow down.");
        assertThat(problem.headers()).isEqualTo(Map.of("Retry-After", "13"));
    }

    @Test
    void anAdmittedRequestCannotBeRefused() {
        RateDecision admitted = RateWindow.empty().attempt(NOW, ONE_A_MINUTE);

        assertThatThrownBy(() -> RateLimited.refusal(admitted, "Slow down.")).isInstanceOf(IllegalArgumentException.class);
    }
}
