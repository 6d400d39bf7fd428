package dev.parley.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.identity.RateWindow.RatePolicy;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RetentionTest {
    private static final Instant NOW = Instant.parse("2024-03-15T14:23:00Z");

    @Test
    void something_is_old_from_exactly_one_period_before_now() {
        Retention week = new Retention(Duration.ofDays(7));

        assertThat(week.cutoff(NOW)).isEqualTo(Instant.parse("2024-03-08T14:23:00Z"));
        assertThat(week.isOld(NOW.minus(Duration.ofDays(7)), NOW)).isTrue();
        assertThat(week.isOld(NOW.minus(Duration.ofDays(7)).plusNanos(1000), NOW)).isFalse();
        assertThat(week.isOld(NOW, NOW)).isFalse();
    }

    @Test
    void a_period_is_positive() {
        assertThatThrownBy(() -> new Retention(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Retention(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_idle_rate_window_is_forgotten_only_after_the_longest_window_a_policy_may_have() {
        assertThat(Retention.IDLE_RATE_WINDOWS.period()).isGreaterThanOrEqualTo(RatePolicy.LONGEST_WINDOW);
        assertThatThrownBy(() -> new RatePolicy(1, RatePolicy.LONGEST_WINDOW.plusSeconds(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void idempotency_keys_are_kept_the_day_they_promise_to_replay() {
        assertThat(Retention.IDEMPOTENCY_KEYS.period()).isEqualTo(Duration.ofHours(24));
        assertThat(Retention.FINISHED_DELIVERIES.period()).isEqualTo(Duration.ofDays(30));
    }
}
