package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class BackgroundSettingsTest {
    @Test
    void defaultsToHousekeepingEveryTenMinutesAndAFifteenMinuteExportLease() {
        BackgroundSettings settings = BackgroundSettings.fromConfig(Config.fromEnvironment(Map.of()));

        assertThat(settings.housekeepingInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(settings.exportLease()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void readsBothFromTheEnvironment() {
        Config config = Config.fromEnvironment(Map.of("PARLEY_HOUSEKEEPING_INTERVAL", " 2s ", "PARLEY_EXPORT_LEASE", "1h"));

        BackgroundSettings settings = BackgroundSettings.fromConfig(config);

        assertThat(settings.housekeepingInterval()).isEqualTo(Duration.ofSeconds(2));
        assertThat(settings.exportLease()).isEqualTo(Duration.ofHours(1));
        assertThat(config.toString()).contains("housekeepingInterval= 2s ", "exportLease=1h");
    }

    @ParameterizedTest
    @ValueSource(strings = {"soon", "10", "500ms", "25h", "0s", "-1m"})
    void refusesWhatIsNotADurationFromOneSecondToADayNamingTheSetting(String raw) {
        assertThatThrownBy(() -> BackgroundSettings.fromConfig(Config.fromEnvironment(Map.of("PARLEY_EXPORT_LEASE", raw))))
                .isInstanceOf(ConfigurationError.class).hasMessageContaining("PARLEY_EXPORT_LEASE");
        assertThatThrownBy(() -> BackgroundSettings.fromConfig(Config.fromEnvironment(Map.of("PARLEY_HOUSEKEEPING_INTERVAL", raw))))
                .isInstanceOf(ConfigurationError.class).hasMessageContaining("PARLEY_HOUSEKEEPING_INTERVAL");
    }
}
