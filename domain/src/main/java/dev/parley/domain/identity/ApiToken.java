package dev.parley.domain.identity;

import dev.parley.domain.shared.InvalidInput;
import dev.parley.domain.shared.OrganizationId;
import dev.parley.domain.shared.Text;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A credential scoped to one organization (and optionally one user) with named abilities. */
public final class ApiToken {
    public static final int MAX_NAME = 200;
    public static final int DEFAULT_RATE_LIMIT = 300;
    public static final int MAX_RATE_LIMIT = 100_000;
    /** How stale {@code last_used_at} may get before a request refreshes it, to spare a write per request. */
    public static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenId id;
    private final OrganizationId organizationId;
    private final Optional<UserId> userId;
    private final String name;
    private final TokenHash hash;
    private final Abilities abilities;
    private final int rateLimitPerMinute;
    private final Instant createdAt;
    private final Optional<Instant> expiresAt;
    private Optional<Instant> lastUsedAt;
    private Optional<Instant> revokedAt;

    private ApiToken(ApiTokenId id, OrganizationId organizationId, Optional<UserId> userId, String name, TokenHash hash,
                     Abilities abilities, int rateLimitPerMinute, Instant createdAt, Optional<Instant> expiresAt,
                     Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {
        this.id = Objects.requireNonNull(id);
        this.organizationId = Objects.requireNonNull(organizationId);
        this.userId = Objects.requireNonNull(userId);
        this.name = name;
        this.hash = Objects.requireNonNull(hash);
        this.abilities = Objects.requireNonNull(abilities);
        this.rateLimitPerMinute = rateLimitPerMinute;
        this.createdAt = Objects.requireNonNull(createdAt);
        this.expiresAt = Objects.requireNonNull(expiresAt);
        this.lastUsedAt = Objects.requireNonNull(lastUsedAt);
        this.revokedAt = Objects.requireNonNull(revokedAt);
    }

    /** Issues a new token; the plain text is returned to the caller once and only its hash is kept. */
    public static ApiToken issue(PlainTextToken plain, OrganizationId organizationId, Optional<UserId> userId, String name,
                                 Abilities abilities, Optional<Instant> expiresAt, int rateLimitPerMinute, Instant now) {
        String validName = Text.requireLine("name", name, MAX_NAME);
        if (rateLimitPerMinute < 1 || rateLimitPerMinute > MAX_RATE_LIMIT) {
            throw new InvalidInput("rate_limit_per_minute", "must be 1-" + MAX_RATE_LIMIT);
        }
        expiresAt.ifPresent(at -> {
            if (!at.isAfter(now)) {
                throw new InvalidInput("expires_at", "must be in the future");
            }
        });
        return new ApiToken(plain.id(), organizationId, userId, validName, plain.hash(), abilities, rateLimitPerMinute,
                now, expiresAt, Optional.empty(), Optional.empty());
    }

    public static ApiToken rehydrate(ApiTokenId id, OrganizationId organizationId, Optional<UserId> userId, String name,
                                     TokenHash hash, Abilities abilities, int rateLimitPerMinute, Instant createdAt,
                                     Optional<Instant> expiresAt, Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {
        return new ApiToken(id, organizationId, userId, name, hash, abilities, rateLimitPerMinute, createdAt, expiresAt,
                lastUsedAt, revokedAt);
    }

    /** True when this token may authenticate a request at {@code now} presenting {@code secret}. */
    public boolean authenticates(TokenHash presented, Instant now) {
        return hash.matches(presented) && isActiveAt(now);
    }

    public boolean isActiveAt(Instant now) {
        return revokedAt.isEmpty() && expiresAt.map(now::isBefore).orElse(true);
    }

    /** Records use; answers whether the stored timestamp is stale enough to be worth writing. */
    public boolean markUsed(Instant now) {
        boolean stale = lastUsedAt.map(last -> !now.isBefore(last.plus(LAST_USED_RESOLUTION))).orElse(true);
        if (stale) {
            lastUsedAt = Optional.of(now);
        }
        return stale;
    }

    public void revoke(Instant now) {
        if (revokedAt.isEmpty()) {
            revokedAt = Optional.of(now);
        }
    }

    public ApiTokenId id() { return id; }
    public OrganizationId organizationId() { return organizationId; }
    public Optional<UserId> userId() { return userId; }
    public String name() { return name; }
    public TokenHash hash() { return hash; }
    public Abilities abilities() { return abilities; }
    public int rateLimitPerMinute() { return rateLimitPerMinute; }
    public Instant createdAt() { return createdAt; }
    public Optional<Instant> expiresAt() { return expiresAt; }
    public Optional<Instant> lastUsedAt() { return lastUsedAt; }
    public Optional<Instant> revokedAt() { return revokedAt; }
}
