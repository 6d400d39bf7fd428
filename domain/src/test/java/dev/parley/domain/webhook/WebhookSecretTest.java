package dev.parley.domain.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class WebhookSecretTest {
    private static final String VECTOR = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    @Provide
    static Arbitrary<byte[]> randomBytes() {
        return Arbitraries.bytes().array(byte[].class).ofSize(WebhookSecret.RANDOM_BYTES);
    }

    @Property
    void isWhsecAndTheBase64OfItsThirtyTwoRandomBytes(@ForAll("randomBytes") byte[] random) {
        WebhookSecret secret = WebhookSecret.fromRandomBytes(random);

        assertThat(secret.value()).startsWith("whsec_").hasSize(6 + 44)
                .isEqualTo("whsec_" + Base64.getEncoder().encodeToString(random));
        assertThat(secret.key()).isEqualTo(random);
        assertThat(WebhookSecret.parse(secret.value())).isEqualTo(secret);
    }

    @Property
    void neverPrintsItself(@ForAll("randomBytes") byte[] random) {
        WebhookSecret secret = WebhookSecret.fromRandomBytes(random);

        assertThat(secret.toString()).doesNotContain(secret.value().substring(6, 16)).isEqualTo("WebhookSecret[redacted]");
        assertThat(String.valueOf(java.util.List.of(secret))).doesNotContain(secret.value().substring(6, 16));
    }

    @Example
    void readsStandardWebhooksSecretsOfTwentyFourToSixtyFourBytes() {
        assertThat(WebhookSecret.parse(VECTOR).key()).hasSize(24);
        assertThat(WebhookSecret.parse("whsec_" + Base64.getEncoder().encodeToString(new byte[64])).key()).hasSize(64);
    }

    @Example
    void refusesOtherShapesWithoutRepeatingThem() {
        String[] bad = {null, "", "whsec_", "MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaS", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw ", "whsec_MfKQ9r8G-KYqrTwjUPD8ILPZIo2LaLaSw",
                "whsec_" + Base64.getEncoder().encodeToString(new byte[23]), "whsec_" + Base64.getEncoder().encodeToString(new byte[65]),
                "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw===="};
        for (String text : bad) {
            assertThatThrownBy(() -> WebhookSecret.parse(text)).as("parse(%s)", text).isInstanceOf(IllegalArgumentException.class)
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("MfKQ9r8"));
        }
    }

    @Example
    void isMadeFromExactlyThirtyTwoBytes() {
        assertThatThrownBy(() -> WebhookSecret.fromRandomBytes(new byte[31])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WebhookSecret.fromRandomBytes(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Example
    void doesNotShareItsKeyBytes() {
        byte[] random = new byte[32];
        WebhookSecret secret = WebhookSecret.fromRandomBytes(random);
        random[0] = 1;
        secret.key()[1] = 1;

        assertThat(secret.key()).isEqualTo(new byte[32]);
    }
}
