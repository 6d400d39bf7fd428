package dev.parley.application.fake;

import dev.parley.application.identity.port.out.ApiTokenRepository;
import dev.parley.domain.identity.ApiToken;
import dev.parley.domain.identity.ApiTokenId;
import dev.parley.domain.shared.OrganizationId;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tokens in a map, stored and handed out as copies so callers cannot change what is stored. */
public final class InMemoryApiTokenRepository implements ApiTokenRepository {
    private final Map<ApiTokenId, ApiToken> byId = new LinkedHashMap<>();

    @Override
    public synchronized void add(ApiToken token) {
        if (byId.containsKey(token.id())) {
            throw new IllegalStateException("duplicate token id " + token.id().value());
        }
        byId.put(token.id(), copy(token, token.lastUsedAt(), token.revokedAt()));
    }

    @Override
    public synchronized Optional<ApiToken> find(OrganizationId org, ApiTokenId id) {
        return findForAuthentication(id).filter(t -> t.organizationId().equals(org));
    }

    @Override
    public synchronized Optional<ApiToken> findForAuthentication(ApiTokenId id) {
        return Optional.ofNullable(byId.get(id)).map(t -> copy(t, t.lastUsedAt(), t.revokedAt()));
    }

    @Override
    public synchronized List<ApiToken> listActive(OrganizationId org) {
        return byId.values().stream()
                .filter(t -> t.organizationId().equals(org) && t.revokedAt().isEmpty())
                .sorted(Comparator.comparing(ApiToken::createdAt).thenComparing(t -> t.id().value()).reversed())
                .map(t -> copy(t, t.lastUsedAt(), t.revokedAt()))
                .toList();
    }

    @Override
    public synchronized void recordUse(ApiTokenId id, Instant at) {
        ApiToken stored = byId.get(id);
        if (stored != null && stored.lastUsedAt().map(at::isAfter).orElse(true)) {
            byId.put(id, copy(stored, Optional.of(at), stored.revokedAt()));
        }
    }

    @Override
    public synchronized void revoke(OrganizationId org, ApiTokenId id, Instant at) {
        ApiToken stored = byId.get(id);
        if (stored != null && stored.organizationId().equals(org) && stored.revokedAt().isEmpty()) {
            byId.put(id, copy(stored, stored.lastUsedAt(), Optional.of(at)));
        }
    }

    private static ApiToken copy(ApiToken t, Optional<Instant> lastUsedAt, Optional<Instant> revokedAt) {
        return ApiToken.rehydrate(t.id(), t.organizationId(), t.userId(), t.name(), t.hash(), t.abilities(),
                t.rateLimitPerMinute(), t.createdAt(), t.expiresAt(), lastUsedAt, revokedAt);
    }
}
