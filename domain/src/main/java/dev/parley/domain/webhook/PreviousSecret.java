package dev.parley.domain.webhook;

import dev.parley.domain.shared.SealedSecret;
import java.time.Instant;
import java.util.Objects;

/** The secret a rotation replaced, which still signs deliveries until {@code validUntil}. */
public record PreviousSecret(SealedSecret sealed, Instant validUntil) {
    public PreviousSecret {
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    public boolean isValidAt(Instant now) {
        return now.isBefore(validUntil);
    }
}
