package dev.parley.application.webhook;

import dev.parley.application.shared.port.out.SecretCipher;
import dev.parley.domain.shared.SealedSecret;
import dev.parley.domain.webhook.Webhook;
import dev.parley.domain.webhook.WebhookSecret;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Opens the secrets a webhook signs with at a given moment, for whatever sends its deliveries. Sealed bytes never
 * change meaning, so each is opened once and the result kept, for the {@link #REMEMBERED} most recently used.
 */
public final class SigningSecrets {
    static final int REMEMBERED = 256;

    private final SecretCipher cipher;
    private final Map<SealedSecret, WebhookSecret> opened = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SealedSecret, WebhookSecret> eldest) {
            return size() > REMEMBERED;
        }
    };

    public SigningSecrets(SecretCipher cipher) {
        this.cipher = cipher;
    }

    /** The current secret, then the one it replaced while that is still in its grace period. */
    public List<WebhookSecret> at(Webhook webhook, Instant now) {
        return webhook.signingSecrets(now).stream().map(this::open).toList();
    }

    private WebhookSecret open(SealedSecret sealed) {
        synchronized (opened) {
            WebhookSecret known = opened.get(sealed);
            if (known != null) {
                return known;
            }
        }
        WebhookSecret secret = WebhookSecret.parse(cipher.open(sealed.bytes()));
        synchronized (opened) {
            opened.put(sealed, secret);
        }
        return secret;
    }
}
