package dev.parley.application.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parley.application.contract.WebhookSeed;
import dev.parley.application.fake.ReversibleSecretCipher;
import dev.parley.application.shared.port.out.SecretCipher;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.SealedSecret;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookId;
import dev.parley.domain.webhook.WebhookSecret;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Secrets are opened once per sealed value, and a rotation is seen at once because its sealed bytes are new. */
class SigningSecretsTest {
    private static final Instant T0 = Instant.parse("2024-03-15T14:23:00Z");
    private static final String FIRST = WebhookSecret.fromRandomBytes(new byte[WebhookSecret.RANDOM_BYTES]).value();
    private static final String SECOND = WebhookSecret.fromRandomBytes(filled((byte) 7)).value();

    /** Counts what it is asked to open. */
    private static final class CountingCipher implements SecretCipher {
        private final ReversibleSecretCipher cipher = new ReversibleSecretCipher();
        private final List<byte[]> opened = new ArrayList<>();

        @Override
        public byte[] seal(String plain) {
            return cipher.seal(plain);
        }

        @Override
        public String open(byte[] sealed) {
            opened.add(sealed);
            return cipher.open(sealed);
        }
    }

    private static byte[] filled(byte value) {
        byte[] bytes = new byte[WebhookSecret.RANDOM_BYTES];
        Arrays.fill(bytes, value);
        return bytes;
    }

    private final CountingCipher cipher = new CountingCipher();
    private final SigningSecrets secrets = new SigningSecrets(cipher);

    private Webhook webhook(String secret) {
        return Webhook.create(new WebhookId(1), new OrganizationId(1),
                WebhookSeed.details("https://hooks.example.com/1", List.of("*"), Optional.empty()), true,
                new SealedSecret(cipher.seal(secret)), T0);
    }

    @Test
    void a_sealed_secret_is_opened_once_however_often_it_signs() {
        Webhook webhook = webhook(FIRST);

        List<WebhookSecret> first = secrets.at(webhook, T0);
        List<WebhookSecret> again = secrets.at(webhook, T0.plusSeconds(1));

        assertThat(first).extracting(WebhookSecret::value).containsExactly(FIRST);
        assertThat(again).extracting(WebhookSecret::value).containsExactly(FIRST);
        assertThat(cipher.opened).hasSize(1);
    }

    @Test
    void after_a_rotation_the_new_secret_signs_first_and_the_old_one_only_during_its_grace_period() {
        Webhook webhook = webhook(FIRST);
        secrets.at(webhook, T0);

        webhook.rotate(new SealedSecret(cipher.seal(SECOND)), T0.plusSeconds(10));

        assertThat(secrets.at(webhook, T0.plusSeconds(11))).extracting(WebhookSecret::value).containsExactly(SECOND, FIRST);
        assertThat(secrets.at(webhook, T0.plusSeconds(10).plus(Duration.ofHours(24)).plusSeconds(1)))
                .extracting(WebhookSecret::value).containsExactly(SECOND);
        assertThat(cipher.opened).hasSize(2);
    }
}
