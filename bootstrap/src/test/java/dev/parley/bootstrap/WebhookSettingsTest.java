package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.domain.webhook.RetrySchedule;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WebhookSettingsTest {

    @Test
    void defaultsToOneTenAndSixtyMinutesAndFourWorkers() {
        WebhookSettings settings = WebhookSettings.fromConfig(Config.fromEnvironment(Map.of()));

        assertThat(settings.retries()).isEqualTo(RetrySchedule.DEFAULT);
        assertThat(settings.workers()).isEqualTo(4);
    }

    @Test
    void readsTheDelaysAndTheWorkersFromTheEnvironment() {
        Config config = Config.fromEnvironment(Map.of("PARLEY_WEBHOOK_RETRY_DELAYS", "1s,2s,4s", "PARLEY_WEBHOOK_WORKERS", " 16 "));

        WebhookSettings settings = WebhookSettings.fromConfig(config);

        assertThat(settings.retries().delays()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4));
        assertThat(settings.workers()).isEqualTo(16);
        assertThat(config.toString()).contains("webhookRetryDelays=1s,2s,4s", "webhookWorkers= 16 ");
    }

    @Test
    void refusesUnclearDelaysNamingTheSetting() {
        Config config = Config.fromEnvironment(Map.of("PARLEY_WEBHOOK_RETRY_DELAYS", "1s,soon"));

        assertThatThrownBy(() -> WebhookSettings.fromConfig(config)).isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("PARLEY_WEBHOOK_RETRY_DELAYS").hasMessageContaining("soon");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "65", "-1", "four", "1.5", "0004"})
    void refusesWorkerCountsOutsideOneToSixtyFour(String workers) {
        Config config = Config.fromEnvironment(Map.of("PARLEY_WEBHOOK_WORKERS", workers));

        assertThatThrownBy(() -> WebhookSettings.fromConfig(config)).isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("PARLEY_WEBHOOK_WORKERS");
    }
}
