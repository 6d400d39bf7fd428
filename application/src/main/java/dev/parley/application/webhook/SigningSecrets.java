package dev.parley.application.webhook;

import dev.parley.application.shared.port.out.SecretCipher;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookSecret;
import java.time.Instant;
import java.util.List;

/** Opens the secrets a webhook signs with at a given moment, for whatever sends its deliveries. */
public final class SigningSecrets {
    private final SecretCipher cipher;

    public SigningSecrets(SecretCipher cipher) {
        this.cipher = cipher;
    }

    /** The current secret, then the one it replaced while that is still in its grace period. */
    public List<WebhookSecret> at(Webhook webhook, Instant now) {
        return webhook.signingSecrets(now).stream().map(sealed -> WebhookSecret.parse(cipher.open(sealed.bytes()))).toList();
    }
}
