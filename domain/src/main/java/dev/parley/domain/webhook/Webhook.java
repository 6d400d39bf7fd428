package dev.parley.domain.webhook;

import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.SealedSecret;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An organization's subscription to its events: where to deliver them, which ones, whether it is active, and the
 * secret that signs every delivery, kept sealed. After a rotation the replaced secret keeps signing, beside the new
 * one, for {@link #ROTATION_GRACE}, so receivers can switch without missing a delivery.
 */
public final class Webhook {
    public static final int MAX_PER_ORGANIZATION = 20;
    public static final Duration ROTATION_GRACE = Duration.ofHours(24);

    private final WebhookId id;
    private final OrganizationId organizationId;
    private final Instant createdAt;
    private final long version;
    private WebhookDetails details;
    private boolean active;
    private Optional<DeactivationReason> deactivatedReason;
    private SealedSecret secret;
    private Optional<PreviousSecret> previousSecret;
    private Optional<Instant> secretRotatedAt;
    private Instant updatedAt;

    private Webhook(WebhookId id, OrganizationId organizationId, WebhookDetails details, boolean active,
                    Optional<DeactivationReason> deactivatedReason, SealedSecret secret, Optional<PreviousSecret> previousSecret,
                    Optional<Instant> secretRotatedAt, Instant createdAt, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.details = Objects.requireNonNull(details);
        this.active = active;
        this.deactivatedReason = Objects.requireNonNull(deactivatedReason);
        this.secret = Objects.requireNonNull(secret);
        this.previousSecret = Objects.requireNonNull(previousSecret);
        this.secretRotatedAt = Objects.requireNonNull(secretRotatedAt);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.updatedAt = Objects.requireNonNull(updatedAt);
        this.version = version;
        if (active && deactivatedReason.isPresent()) {
            throw new IllegalArgumentException("an active webhook has no deactivation reason");
        }
    }

    /** A new webhook signing with {@code secret}, active unless the customer asked otherwise. */
    public static Webhook create(WebhookId id, OrganizationId organizationId, WebhookDetails details, boolean active,
                                 SealedSecret secret, Instant now) {
        return new Webhook(id, organizationId, details, active, Optional.empty(), secret, Optional.empty(), Optional.empty(),
                now, now, 0);
    }

    public static Webhook rehydrate(WebhookId id, OrganizationId organizationId, WebhookDetails details, boolean active,
                                    Optional<DeactivationReason> deactivatedReason, SealedSecret secret,
                                    Optional<PreviousSecret> previousSecret, Optional<Instant> secretRotatedAt,
                                    Instant createdAt, Instant updatedAt, long version) {
        return new Webhook(id, organizationId, details, active, deactivatedReason, secret, previousSecret, secretRotatedAt,
                createdAt, updatedAt, version);
    }

    public void revise(WebhookDetails newDetails, Instant now) {
        if (!newDetails.equals(details)) {
            details = newDetails;
            touch(now);
        }
    }

    /** Switches deliveries on again, forgetting why the platform may have switched them off. */
    public void activate(Instant now) {
        if (!active) {
            active = true;
            deactivatedReason = Optional.empty();
            touch(now);
        }
    }

    /** The customer switches deliveries off. */
    public void deactivate(Instant now) {
        if (active) {
            active = false;
            touch(now);
        }
    }

    /** The platform switches deliveries off, saying why (a receiver that answered 410, say). */
    public void deactivate(DeactivationReason reason, Instant now) {
        Objects.requireNonNull(reason, "reason");
        if (active || !deactivatedReason.equals(Optional.of(reason))) {
            active = false;
            deactivatedReason = Optional.of(reason);
            touch(now);
        }
    }

    /**
     * Signs with {@code next} from now on; the current secret keeps signing beside it until {@link #ROTATION_GRACE}
     * from now. A secret that was still in its grace period is dropped at once.
     */
    public void rotate(SealedSecret next, Instant now) {
        Objects.requireNonNull(next, "next");
        previousSecret = Optional.of(new PreviousSecret(secret, now.plus(ROTATION_GRACE)));
        secret = next;
        secretRotatedAt = Optional.of(now);
        touch(now);
    }

    /** The secrets a delivery made at {@code now} is signed with: the current one, then the one it replaced while that is valid. */
    public List<SealedSecret> signingSecrets(Instant now) {
        return previousSecret.filter(previous -> previous.isValidAt(now))
                .map(previous -> List.of(secret, previous.sealed()))
                .orElse(List.of(secret));
    }

    /** Whether an event of {@code type} is delivered to this webhook. */
    public boolean subscribesTo(String type) {
        return active && details.events().matches(type);
    }

    private void touch(Instant now) {
        if (now.isAfter(updatedAt)) {
            updatedAt = now;
        }
    }

    public WebhookId id() { return id; }
    public OrganizationId organizationId() { return organizationId; }
    public WebhookDetails details() { return details; }
    public boolean active() { return active; }
    public Optional<DeactivationReason> deactivatedReason() { return deactivatedReason; }
    public SealedSecret secret() { return secret; }
    public Optional<PreviousSecret> previousSecret() { return previousSecret; }
    public Optional<Instant> secretRotatedAt() { return secretRotatedAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    /** The version this webhook was loaded at, for optimistic locking. */
    public long version() { return version; }
}
