package dev.parley.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import net.jqwik.api.Example;

class DeliveryOutcomeTest {
    private static final Duration LATENCY = Duration.ofMillis(42);

    @Example
    void onlyATwoHundredsAnswerReadInFullSucceeds() {
        assertThat(DeliveryOutcome.answered(200, LATENCY, new byte[0], Optional.empty()).succeeded()).isTrue();
        assertThat(DeliveryOutcome.answered(204, LATENCY, new byte[0], Optional.empty()).succeeded()).isTrue();
        assertThat(DeliveryOutcome.answered(299, LATENCY, new byte[0], Optional.empty()).succeeded()).isTrue();
        assertThat(DeliveryOutcome.answered(199, LATENCY, new byte[0], Optional.empty()).succeeded()).isFalse();
        assertThat(DeliveryOutcome.answered(301, LATENCY, new byte[0], Optional.empty()).succeeded()).isFalse();
        assertThat(DeliveryOutcome.tooLarge(200, LATENCY, new byte[0]).succeeded()).isFalse();
        assertThat(DeliveryOutcome.failed(DeliveryError.TIMEOUT, LATENCY).succeeded()).isFalse();
    }

    @Example
    void keepsAtMostFourKibibytesOfTheAnswer() {
        DeliveryOutcome outcome = DeliveryOutcome.answered(500, LATENCY, "x".repeat(70_000).getBytes(StandardCharsets.UTF_8), Optional.empty());

        assertThat(outcome.responseExcerpt()).hasSize(4096);
        assertThat(new DeliveryOutcome(OptionalInt.of(500), Optional.empty(), LATENCY, "é".repeat(3000), Optional.empty())
                .responseExcerpt()).hasSize(2048);
    }

    @Example
    void describesAFailureByItsErrorClass() {
        DeliveryOutcome outcome = DeliveryOutcome.failed(DeliveryError.BLOCKED_DESTINATION, Duration.ZERO);

        assertThat(outcome.status()).isEmpty();
        assertThat(outcome.error()).contains(DeliveryError.BLOCKED_DESTINATION);
        assertThat(outcome.responseExcerpt()).isEmpty();
    }

    @Example
    void refusesImpossibleOutcomes() {
        assertThatThrownBy(() -> new DeliveryOutcome(OptionalInt.empty(), Optional.empty(), LATENCY, "", Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeliveryOutcome.answered(99, LATENCY, new byte[0], Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeliveryOutcome.answered(600, LATENCY, new byte[0], Optional.empty())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DeliveryOutcome.failed(DeliveryError.TIMEOUT, Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void errorClassesHaveTheirLogNames() {
        assertThat(DeliveryError.values()).extracting(DeliveryError::wireName)
                .containsExactly("timeout", "connection_refused", "blocked_destination", "tls", "too_large", "connection_error");
        assertThat(DeliveryError.fromWireName("tls")).contains(DeliveryError.TLS);
        assertThat(DeliveryError.fromWireName("TLS")).isEmpty();
    }
}
