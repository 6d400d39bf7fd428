package dev.parley.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parley.adapter.outbound.crypto.AesGcmSecretCipher;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutboundSettingsTest {
    @TempDir
    Path temp;

    private Config config(Map<String, String> env) {
        Map<String, String> all = new HashMap<>(env);
        all.put("PARLEY_DATA_DIR", temp.toString());
        return Config.fromEnvironment(all);
    }

    @Test
    void readsTheSecretKeyAndTheAllowListFromTheEnvironment() throws Exception {
        String key = Base64.getEncoder().encodeToString(AesGcmSecretCipher.generateKey());

        Config config = config(Map.of("PARLEY_SECRET_KEY", key, "PARLEY_OUTBOUND_ALLOW_CIDRS", "127.0.0.1/32,10.1.0.0/16"));
        OutboundSettings settings = OutboundSettings.fromConfig(config);

        assertThat(config.secretKey()).contains(key);
        assertThat(AesGcmSecretCipher.fromBase64(key).open(settings.secrets().seal("whsec_x"))).isEqualTo("whsec_x");
        assertThat(settings.policy().allowListContains(InetAddress.getByName("127.0.0.1"))).isTrue();
        assertThat(settings.policy().allowListContains(InetAddress.getByName("10.1.2.3"))).isTrue();
        assertThat(settings.policy().isAllowed(InetAddress.getByName("192.168.1.1"))).isFalse();
        assertThat(Files.exists(temp.resolve("secret.key"))).isFalse();
    }

    @Test
    void withoutSettingsSecretsAreSealedWithTheKeptKeyAndOnlyPublicAddressesAreAllowed() throws Exception {
        Config config = config(Map.of("PARLEY_SECRET_KEY", " ", "PARLEY_OUTBOUND_ALLOW_CIDRS", ""));

        OutboundSettings settings = OutboundSettings.fromConfig(config);

        assertThat(config.secretKey()).isEmpty();
        assertThat(config.outboundAllowCidrs()).isEmpty();
        assertThat(SecretKeyFile.loadOrCreate(temp).open(settings.secrets().seal("whsec_y"))).isEqualTo("whsec_y");
        assertThat(settings.policy().allowed()).isEmpty();
        assertThat(settings.policy().isAllowed(InetAddress.getByName("127.0.0.1"))).isFalse();
    }

    @Test
    void aKeyThatIsNotThirtyTwoBytesOfBase64IsRefusedWithoutRepeatingIt() {
        for (String key : List.of("hunter2-not-base64!", Base64.getEncoder().encodeToString(new byte[16]))) {
            assertThatThrownBy(() -> OutboundSettings.fromConfig(config(Map.of("PARLEY_SECRET_KEY", key))))
                    .isInstanceOf(ConfigurationError.class)
                    .hasMessageContaining("PARLEY_SECRET_KEY")
                    .hasMessageNotContaining(key);
        }
    }

    @Test
    void aMalformedAllowListIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> OutboundSettings.fromConfig(config(Map.of("PARLEY_OUTBOUND_ALLOW_CIDRS", "127.0.0.1/32,,"))))
                .isInstanceOf(ConfigurationError.class)
                .hasMessageContaining("PARLEY_OUTBOUND_ALLOW_CIDRS");
    }

    @Test
    void serveStopsAtOnceWithABadSettingBeforeTouchingAnyDatabase() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int code = Main.run(List.of("serve"), Map.of("PARLEY_SECRET_KEY", "c2hvcnQ=", "PARLEY_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/none",
                "PARLEY_DATA_DIR", temp.toString()), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("parley: PARLEY_SECRET_KEY must be 32 bytes in base64, not 5 bytes")
                .doesNotContain("c2hvcnQ=");
    }

    @Test
    void theSettingsNeverShowTheKeyOrThePassword() {
        Config config = new Config("127.0.0.1", 0, Optional.of("jdbc:postgresql://db/parley"), "parley", "db-password", temp,
                Optional.of("c2VjcmV0LWtleS1tYXRlcmlhbA=="), Optional.of("127.0.0.1/32"));

        assertThat(config.toString()).doesNotContain("db-password").doesNotContain("c2VjcmV0LWtleS1tYXRlcmlhbA==")
                .contains("127.0.0.1/32").contains("secretKey=(redacted)");
    }
}
